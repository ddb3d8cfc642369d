import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useIntl } from 'react-intl';
import type { PartnerLink } from '@tidewatch/contracts';
import { errorMessage, unwrap } from '../data/index.ts';
import { useT } from '../i18n/index.ts';
import { describeFailure } from './issues.ts';
import { addRemoteAgency, createPartner, listPartners, setPartnerEnabled } from './partners.ts';
import { useUtcTime } from './time.ts';
import { translations as admin } from './translations.ts';
import { translations } from './partners.translations.ts';

const PARTNERS_KEY = ['admin', 'partners'] as const;
/** The link state changes on its own (pulls, failures): the screen reads it again this often. */
const REFRESH_MS = 3_000;

/** FED-12: partner deployments, the state of each link, and adding partners and the agencies they host. */
export function PartnersPanel() {
  const t = useT(translations);
  const intl = useIntl();
  const utc = useUtcTime();
  const when = (iso: string | null): string => (iso === null ? '—' : utc(iso));
  const count = (n: number): string => intl.formatNumber(n);
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
        ? { ok: true, text: t(link.enabled ? 'disabledMessage' : 'enabledMessage', { name: link.name }) }
        : { ok: false, text: describeFailure(res) },
    );
    reload();
  };

  const links = partners.data ?? [];
  return (
    <div className="admin__panel" data-testid="admin-partners">
      <h3 className="admin__title">{t('title')}</h3>
      <p className="admin__note">{t('note')}</p>
      {partners.error && <p className="form-error">{errorMessage(partners.error)}</p>}
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
      <div className="table-scroll">
        <table className="table partners" data-testid="partners-table">
          <thead>
            <tr>
              <th>{t('colPartner')}</th>
              <th>{t('colAgencies')}</th>
              <th>{t('colState')}</th>
              <th className="num">{t('colLag')}</th>
              <th className="num">{t('colIn')}</th>
              <th className="num">{t('colOut')}</th>
              <th className="num">{t('colRefused')}</th>
              <th className="num">{t('colGarbage')}</th>
              <th className="num">{t('colUpdated')}</th>
              <th className="num">{t('colWithdrawn')}</th>
              <th>{t('colLastPull')}</th>
              <th>{t('colLastError')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {links.length === 0 && (
              <tr>
                <td colSpan={13} className="table__empty">
                  {t('none')}
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
                  <span className={`partners__state partners__state--${link.state}`}>{t(`state_${link.state}`)}</span>
                </td>
                <td className="num tabular">{count(link.lagSeq)}</td>
                <td className="num tabular">{count(link.receivedCount)}</td>
                <td className="num tabular">{count(link.sentCount)}</td>
                <td className="num tabular">{count(link.refusedCount)}</td>
                <td className="num tabular">{count(link.garbageCount)}</td>
                <td className="num tabular">{count(link.updatedCount)}</td>
                <td className="num tabular">{count(link.withdrawnCount)}</td>
                <td className="tabular">{when(link.lastPullAt)}</td>
                <td className="partners__error" title={link.lastError ?? undefined}>
                  {link.lastError === null ? '—' : t('errorAt', { error: link.lastError, at: when(link.lastErrorAt) })}
                </td>
                <td>
                  <button type="button" className="btn btn--ghost" onClick={() => void toggle(link)}>
                    {link.enabled ? t('disable') : t('enable')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AddPartnerForm onDone={reload} />
      {links.length > 0 && <AddRemoteAgencyForm partners={links} onDone={reload} />}
    </div>
  );
}

function AddPartnerForm({ onDone }: { onDone: () => void }) {
  const t = useT(translations);
  const common = useT(admin);
  const [fields, setFields] = useState({ id: '', name: '', baseUrl: '', outboundToken: '', inboundToken: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const res = await createPartner({
      ...fields,
      id: fields.id.trim(),
      name: fields.name.trim(),
      baseUrl: fields.baseUrl.trim(),
    });
    if (res.ok) {
      setMessage({ ok: true, text: t('added', { id: fields.id }) });
      setFields({ id: '', name: '', baseUrl: '', outboundToken: '', inboundToken: '' });
      onDone();
    } else setMessage({ ok: false, text: describeFailure(res) });
  };

  return (
    <form className="admin__form" onSubmit={(e) => void submit(e)}>
      <h4 className="admin__subtitle">{t('addTitle')}</h4>
      <div className="admin__form-row">
        <label className="field">
          <span className="field__label">{t('deploymentId')}</span>
          <input className="input mono" value={fields.id} onChange={set('id')} placeholder={t('idExample')} required />
        </label>
        <label className="field admin__grow">
          <span className="field__label">{common('name')}</span>
          <input className="input" value={fields.name} onChange={set('name')} placeholder={t('nameExample')} required />
        </label>
        <label className="field admin__grow">
          <span className="field__label">{t('baseUrl')}</span>
          <input
            className="input mono"
            value={fields.baseUrl}
            onChange={set('baseUrl')}
            placeholder={t('baseUrlExample')}
            required
          />
        </label>
      </div>
      <div className="admin__form-row">
        <label className="field admin__grow">
          <span className="field__label">{t('outboundToken')}</span>
          <input
            className="input mono"
            type="password"
            value={fields.outboundToken}
            onChange={set('outboundToken')}
            required
          />
        </label>
        <label className="field admin__grow">
          <span className="field__label">{t('inboundToken')}</span>
          <input
            className="input mono"
            type="password"
            value={fields.inboundToken}
            onChange={set('inboundToken')}
            required
          />
        </label>
        <button type="submit" className="btn btn--primary">
          {t('add')}
        </button>
      </div>
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
    </form>
  );
}

function AddRemoteAgencyForm({ partners, onDone }: { partners: PartnerLink[]; onDone: () => void }) {
  const t = useT(translations);
  const common = useT(admin);
  const [partner, setPartner] = useState(partners[0]?.id ?? '');
  const [fields, setFields] = useState({ code: '', name: '', country: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  const submit = async (e: SubmitEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const res = await addRemoteAgency(partner, {
      code: fields.code.trim().toUpperCase(),
      name: fields.name.trim(),
      country: fields.country.trim().toUpperCase(),
    });
    if (res.ok) {
      setMessage({ ok: true, text: t('remoteAdded', { code: fields.code.toUpperCase(), partner }) });
      setFields({ code: '', name: '', country: '' });
      onDone();
    } else setMessage({ ok: false, text: describeFailure(res) });
  };

  return (
    <form className="admin__form" onSubmit={(e) => void submit(e)}>
      <h4 className="admin__subtitle">{t('remoteTitle')}</h4>
      <div className="admin__form-row">
        <label className="field">
          <span className="field__label">{t('partner')}</span>
          <select className="input" value={partner} onChange={(e) => setPartner(e.target.value)}>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {t('partnerOption', { name: p.name, id: p.id })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{common('code')}</span>
          <input
            className="input mono"
            value={fields.code}
            onChange={set('code')}
            placeholder={t('remoteCodeExample')}
            required
          />
        </label>
        <label className="field admin__grow">
          <span className="field__label">{common('name')}</span>
          <input className="input" value={fields.name} onChange={set('name')} required />
        </label>
        <label className="field">
          <span className="field__label">{common('countryIso')}</span>
          <input className="input mono" value={fields.country} onChange={set('country')} maxLength={2} required />
        </label>
        <button type="submit" className="btn btn--primary">
          {t('addAgency')}
        </button>
      </div>
      {message && <p className={message.ok ? 'form-ok' : 'form-error'}>{message.text}</p>}
    </form>
  );
}
