import { useEffect, useState } from 'react';
import type { DerivedAlert, IntelEvent } from '@tidewatch/contracts';
import { shortUtc } from '../theme/format.ts';
import { ALERT_EVENT_KINDS, fetchAlert } from './api.ts';
import { listenActive } from '../live/listenActive.ts';
import { countPoints, evidenceStore } from './evidenceStore.ts';
import './alerts.css';
import { useT } from '../i18n/index.ts';
import { translations } from './translations.ts';
import { useParameterText } from './parameters.ts';

/**
 * For an alert event (vessel_alert / watchlist_hit / cargo_alert): the stored alert's parameters and
 * evidence, with the evidence track drawn on the map and the map fitted to it.
 */
export function AlertEvidence({ event }: { event: IntelEvent }) {
  const t = useT(translations);
  const parameterText = useParameterText();
  const isAlert = ALERT_EVENT_KINDS.has(event.kind);
  const [alert, setAlert] = useState<DerivedAlert | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fitted, setFitted] = useState(false);

  useEffect(() => {
    if (!isAlert) return;
    const abort = new AbortController();
    fetchAlert(event.id, abort.signal)
      .then((res) => {
        if (res.ok) {
          setAlert(res.data);
          setError(null);
        } else setError(res.status === 404 ? t('noEvidence') : res.message);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [isAlert, event.id, t]);

  // The stored alert changes while it is open (an encounter ends, a gap is revised): show the new version.
  useEffect(() => {
    if (!isAlert) return;
    return listenActive('alert:updated', (msg) =>
      setAlert((shown) => (shown !== null && shown.id === msg.alert.id ? msg.alert : shown)),
    );
  }, [isAlert]);

  useEffect(() => {
    if (!alert) return;
    evidenceStore.show(alert.id, alert.evidence.tracks, alert.position, !fitted);
    setFitted(true);
  }, [alert, fitted]);

  useEffect(() => {
    if (!alert) return;
    const id = alert.id;
    return () => evidenceStore.clear(id);
  }, [alert?.id]);

  if (!isAlert) return null;
  const points = alert ? countPoints(alert.evidence.tracks) : 0;
  const params = alert ? Object.entries(alert.parameters) : [];
  return (
    <section
      className="detail__section alert-ev"
      data-testid="alert-evidence"
      data-points={points}
      data-alert-type={alert?.type ?? ''}
      aria-label={t('evidence')}
    >
      <h3 className="detail__section-title">{t('evidence')}</h3>
      {error && <p className="detail__muted">{error}</p>}
      {!alert && !error && <p className="detail__muted">{t('loading')}</p>}
      {alert && (
        <>
          <div className="alert-ev__head">
            <span className="alert-ev__type">{t('type', { type: alert.type })}</span>
            <span className="alert-ev__status" data-status={alert.status}>
              {t('status', { status: alert.status })}
            </span>
            {alert.revision > 1 && <span className="detail__muted">{t('revision', { revision: alert.revision })}</span>}
          </div>
          {alert.summary && alert.summary !== event.summary && <p className="alert-ev__summary">{alert.summary}</p>}
          <dl className="detail__fields">
            <dt>{t('window')}</dt>
            <dd className="mono">
              {t('windowRange', {
                start: shortUtc(alert.startAt),
                end: alert.endAt ? shortUtc(alert.endAt) : t('ongoing'),
              })}
            </dd>
            {alert.mmsis.length > 0 && (
              <>
                <dt>{t('vessels')}</dt>
                <dd className="mono">{alert.mmsis.join(', ')}</dd>
              </>
            )}
            {params.map(([k, v]) => (
              <FragmentRow key={k} {...parameterText(k, v)} />
            ))}
          </dl>
          {alert.evidence.matches.length > 0 && (
            <table className="alert-ev__matches">
              <thead>
                <tr>
                  <th>{t('columnField')}</th>
                  <th>{t('columnSeen')}</th>
                  <th>{t('columnListed')}</th>
                  <th>{t('columnHow')}</th>
                </tr>
              </thead>
              <tbody>
                {alert.evidence.matches.map((m, i) => (
                  <tr key={`${m.field}-${i}`}>
                    <td>{t('field', { field: m.field })}</td>
                    <td className="mono">{m.value}</td>
                    <td className="mono">{m.entryValue}</td>
                    <td>{m.how === 'fuzzy' ? t('fuzzyScore', { score: m.score }) : t('how', { how: m.how })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="alert-ev__track">
            {alert.evidence.tracks.length > 0 ? (
              <>
                <span>{t('track', { points, vessels: alert.evidence.tracks.length })}</span>
                <button
                  type="button"
                  className="detail__link"
                  onClick={() => evidenceStore.show(alert.id, alert.evidence.tracks, alert.position, true)}
                >
                  {t('fitMap')}
                </button>
              </>
            ) : (
              <span className="detail__muted">{t('noTrack')}</span>
            )}
          </div>
          {alert.evidence.subject && (
            <p className="detail__muted alert-ev__subject">
              {t('subject', { type: alert.evidence.subject.type })}{' '}
              <span className="mono">{alert.evidence.subject.id}</span>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function FragmentRow({ label, value: v }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="mono">{v}</dd>
    </>
  );
}
