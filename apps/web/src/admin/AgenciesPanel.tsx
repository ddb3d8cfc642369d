import { useState, type FormEvent } from 'react';
import { createAgency, listAgencies } from './api.ts';
import { useList } from './useList.ts';
import { describeFailure } from './issues.ts';

export function AgenciesPanel() {
  const agencies = useList('agencies', listAgencies);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const res = await createAgency({
      code: code.trim().toUpperCase(),
      name: name.trim(),
      country: country.trim().toUpperCase(),
    });
    if (res.ok) {
      setMessage({ ok: true, text: `Agency ${code.toUpperCase()} saved.` });
      setCode('');
      setName('');
      setCountry('');
      agencies.reload();
    } else setMessage({ ok: false, text: describeFailure(res) });
  };

  return (
    <div className="admin__panel">
      <h3 className="admin__title">Agencies</h3>
      {agencies.error && <p className="form-error">{agencies.error}</p>}
      <table className="table">
        <thead>
          <tr>
            <th>Code</th>
            <th>Name</th>
            <th>Country</th>
          </tr>
        </thead>
        <tbody>
          {agencies.items.map((a) => (
            <tr key={a.code}>
              <td className="mono strong">{a.code}</td>
              <td>{a.name}</td>
              <td className="mono">{a.country}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="admin__form" onSubmit={(e) => void submit(e)}>
        <h4 className="admin__subtitle">Add an agency</h4>
        <div className="admin__form-row">
          <label className="field">
            <span className="field__label">Code</span>
            <input
              className="input mono"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              placeholder="BDF"
              required
            />
          </label>
          <label className="field admin__grow">
            <span className="field__label">Name</span>
            <input
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="Barbados Defence Force"
              required
            />
          </label>
          <label className="field">
            <span className="field__label">Country (ISO 3166)</span>
            <input
              className="input mono"
              value={country}
              onChange={(e) => setCountry(e.target.value)}
              placeholder="BB"
              maxLength={2}
              required
            />
          </label>
          <button type="submit" className="btn btn--primary">
            Add agency
          </button>
        </div>
        {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
      </form>
    </div>
  );
}
