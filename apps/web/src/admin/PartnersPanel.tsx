import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import type { PartnerLink } from '@tidewatch/contracts';
import { errorMessage, unwrap } from '../data/index.ts';
import { formatUtc } from '../theme/format.ts';
import { describeFailure } from './issues.ts';
import { addRemoteAgency, createPartner, listPartners, setPartnerEnabled } from './partners.ts';

const PARTNERS_KEY = ['admin', 'partners'] as const;
/** The link state changes on its own (pulls, failures): the screen reads it again this often. */
const REFRESH_MS = 3_000;

const STATE_TEXT: Record<PartnerLink['state'], string> = {
  up: 'Up',
  failing: 'Failing',
  disabled: 'Disabled',
  idle: 'Not yet pulled',
};

function when(iso: string | null): string {
  return iso === null ? '—' : formatUtc(iso);
}

/** FED-12: partner deployments, the state of each link, and adding partners and the agencies they host. */
export function PartnersPanel() {
  const queryClient = useQueryClient();
  const partners = useQuery({
    queryKey: PARTNERS_KEY,
    queryFn: () => unwrap(listPartners()),
    refetchInterval: REFRESH_MS,
  });
  const reload = () => void queryClient.invalidateQueries({ queryKey: PARTNERS_KEY });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const toggle = async (link: PartnerLink): Promise<void> => {
    const res = await setPartnerEnabled(link.id, !link.enabled);
    setMessage(
      res.ok
        ? {
            ok: true,
            text: `${link.name} ${link.enabled ? 'disabled: nothing flows either way from now on' : 'enabled'}.`,
          }
        : { ok: false, text: describeFailure(res) },
    );
    reload();
  };

  const links = partners.data ?? [];
  return (
    <div className="admin__panel">
      <h3 className="admin__title">Partner deployments</h3>
      <p className="admin__note">
        Items released to an agency a partner hosts flow to it; CLEAR and GREEN cross only to a named recipient or
        through an agreement (SPEC FED-3).
      </p>
      {partners.error && <p className="form-error">{errorMessage(partners.error)}</p>}
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
      <table className="table partners" data-testid="partners-table">
        <thead>
          <tr>
            <th>Partner</th>
            <th>Agencies</th>
            <th>State</th>
            <th className="num">Lag</th>
            <th className="num">In</th>
            <th className="num">Out</th>
            <th className="num">Refused</th>
            <th className="num">Garbage</th>
            <th className="num">Updated</th>
            <th className="num">Withdrawn</th>
            <th>Last pull</th>
            <th>Last error</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {links.length === 0 && (
            <tr>
              <td colSpan={13} className="table__empty">
                No partner deployments yet.
              </td>
            </tr>
          )}
          {links.map((link) => (
            <tr key={link.id} data-partner={link.id}>
              <td>
                <div className="strong">{link.name}</div>
                <div className="mono partners__url">
                  {link.id} · {link.baseUrl}
                </div>
              </td>
              <td className="mono">{link.agencies.map((a) => a.code).join(', ') || '—'}</td>
              <td>
                <span className={`partners__state partners__state--${link.state}`}>{STATE_TEXT[link.state]}</span>
              </td>
              <td className="num tabular">{link.lagSeq}</td>
              <td className="num tabular">{link.receivedCount}</td>
              <td className="num tabular">{link.sentCount}</td>
              <td className="num tabular">{link.refusedCount}</td>
              <td className="num tabular">{link.garbageCount}</td>
              <td className="num tabular">{link.updatedCount}</td>
              <td className="num tabular">{link.withdrawnCount}</td>
              <td className="tabular">{when(link.lastPullAt)}</td>
              <td className="partners__error" title={link.lastError ?? undefined}>
                {link.lastError === null ? '—' : `${link.lastError} (${when(link.lastErrorAt)})`}
              </td>
              <td>
                <button type="button" className="btn btn--ghost" onClick={() => void toggle(link)}>
                  {link.enabled ? 'Disable' : 'Enable'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddPartnerForm onDone={reload} />
      {links.length > 0 && <AddRemoteAgencyForm partners={links} onDone={reload} />}
    </div>
  );
}

function AddPartnerForm({ onDone }: { onDone: () => void }) {
  const [fields, setFields] = useState({ id: '', name: '', baseUrl: '', outboundToken: '', inboundToken: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    const res = await createPartner({
      ...fields,
      id: fields.id.trim(),
      name: fields.name.trim(),
      baseUrl: fields.baseUrl.trim(),
    });
    if (res.ok) {
      setMessage({ ok: true, text: `Partner ${fields.id} added; its link starts now.` });
      setFields({ id: '', name: '', baseUrl: '', outboundToken: '', inboundToken: '' });
      onDone();
    } else setMessage({ ok: false, text: describeFailure(res) });
  };

  return (
    <form className="admin__form" onSubmit={(e) => void submit(e)}>
      <h4 className="admin__subtitle">Add a partner deployment</h4>
      <div className="admin__form-row">
        <label className="field">
          <span className="field__label">Deployment id</span>
          <input className="input mono" value={fields.id} onChange={set('id')} placeholder="us" required />
        </label>
        <label className="field admin__grow">
          <span className="field__label">Name</span>
          <input className="input" value={fields.name} onChange={set('name')} placeholder="United States" required />
        </label>
        <label className="field admin__grow">
          <span className="field__label">Base URL</span>
          <input
            className="input mono"
            value={fields.baseUrl}
            onChange={set('baseUrl')}
            placeholder="https://tidewatch.partner.example"
            required
          />
        </label>
      </div>
      <div className="admin__form-row">
        <label className="field admin__grow">
          <span className="field__label">Token we present to them</span>
          <input
            className="input mono"
            type="password"
            value={fields.outboundToken}
            onChange={set('outboundToken')}
            required
          />
        </label>
        <label className="field admin__grow">
          <span className="field__label">Token they present to us (stored hashed)</span>
          <input
            className="input mono"
            type="password"
            value={fields.inboundToken}
            onChange={set('inboundToken')}
            required
          />
        </label>
        <button type="submit" className="btn btn--primary">
          Add partner
        </button>
      </div>
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
    </form>
  );
}

function AddRemoteAgencyForm({ partners, onDone }: { partners: PartnerLink[]; onDone: () => void }) {
  const [partner, setPartner] = useState(partners[0]?.id ?? '');
  const [fields, setFields] = useState({ code: '', name: '', country: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    const res = await addRemoteAgency(partner, {
      code: fields.code.trim().toUpperCase(),
      name: fields.name.trim(),
      country: fields.country.trim().toUpperCase(),
    });
    if (res.ok) {
      setMessage({ ok: true, text: `${fields.code.toUpperCase()} now appears here as an agency of ${partner}.` });
      setFields({ code: '', name: '', country: '' });
      onDone();
    } else setMessage({ ok: false, text: describeFailure(res) });
  };

  return (
    <form className="admin__form" onSubmit={(e) => void submit(e)}>
      <h4 className="admin__subtitle">Add an agency a partner hosts</h4>
      <div className="admin__form-row">
        <label className="field">
          <span className="field__label">Partner</span>
          <select className="input" value={partner} onChange={(e) => setPartner(e.target.value)}>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.id})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Code</span>
          <input className="input mono" value={fields.code} onChange={set('code')} placeholder="CBP" required />
        </label>
        <label className="field admin__grow">
          <span className="field__label">Name</span>
          <input className="input" value={fields.name} onChange={set('name')} required />
        </label>
        <label className="field">
          <span className="field__label">Country (ISO 3166)</span>
          <input className="input mono" value={fields.country} onChange={set('country')} maxLength={2} required />
        </label>
        <button type="submit" className="btn btn--primary">
          Add agency
        </button>
      </div>
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
    </form>
  );
}
