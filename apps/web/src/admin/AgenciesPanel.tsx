import { useState, type SubmitEvent } from 'react';
import { useT } from '../i18n/index.ts';
import { createAgency, listAgencies } from './api.ts';
import { useList } from './useList.ts';
import { describeFailure } from './issues.ts';
import { translations as admin } from './translations.ts';
import { translations } from './agencies.translations.ts';

export function AgenciesPanel() {
  const t = useT(translations);
  const common = useT(admin);
  const agencies = useList('agencies', listAgencies);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const res = await createAgency({
      code: code.trim().toUpperCase(),
      name: name.trim(),
      country: country.trim().toUpperCase(),
    });
    if (res.ok) {
      setMessage({ ok: true, text: t('saved', { code: code.toUpperCase() }) });
      setCode('');
      setName('');
      setCountry('');
      agencies.reload();
    } else setMessage({ ok: false, text: describeFailure(res) });
  };

  return (
    <div className="admin__panel" data-testid="admin-agencies">
      <h3 className="admin__title">{t('title')}</h3>
      {agencies.error && <p className="form-error">{agencies.error}</p>}
      <table className="table">
        <thead>
          <tr>
            <th>{common('code')}</th>
            <th>{common('name')}</th>
            <th>{common('country')}</th>
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
          {agencies.items.length === 0 && !agencies.loading && (
            <tr>
              <td colSpan={3} className="table__empty">
                {t('none')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <form className="admin__form" onSubmit={(e) => void submit(e)}>
        <h4 className="admin__subtitle">{t('addTitle')}</h4>
        <div className="admin__form-row">
          <label className="field">
            <span className="field__label">{common('code')}</span>
            <input
              className="input mono"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              placeholder={t('codeExample')}
              required
            />
          </label>
          <label className="field admin__grow">
            <span className="field__label">{common('name')}</span>
            <input
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder={t('nameExample')}
              required
            />
          </label>
          <label className="field">
            <span className="field__label">{common('countryIso')}</span>
            <input
              className="input mono"
              value={country}
              onChange={(e) => setCountry(e.target.value)}
              placeholder={t('countryExample')}
              maxLength={2}
              required
            />
          </label>
          <button type="submit" className="btn btn--primary">
            {t('add')}
          </button>
        </div>
        {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
      </form>
    </div>
  );
}
