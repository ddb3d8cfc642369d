import { OriginBadge } from '../theme/OriginBadge.tsx';
import type { IntelEvent } from '@tidewatch/contracts';
import { KindChip } from '../theme/KindChip.tsx';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { SeverityMeter } from '../theme/SeverityMeter.tsx';
import { formatAge, formatPosition, formatUtc } from '../theme/format.ts';
import { useNow } from '../live/useNow.ts';
import { describeGrading, formatQuantity, hsHeading, formatUsd } from '../theme/describe.ts';
import { Field, Section } from '../theme/Field.tsx';
import { SubjectsSection } from './SubjectsSection.tsx';
import { EventEntities } from '../entities/index.ts';
import { TriageControls } from '../triage/index.ts';
import { AnnotationThread } from '../annotations/index.ts';
import { AlertEvidence } from '../alerts/index.ts';
import { TaskUnitSection } from '../operations/index.ts';
import { type RefObject, useEffect, useRef } from 'react';
import { useT } from '../i18n/index.ts';
import { useVocabulary } from '../theme/vocabulary.ts';
import { DETAIL_TITLE_ID } from './focus.ts';
import { translations } from './translations.ts';
import './detail.css';

interface Props {
  event: IntelEvent;
  /** False when the store has since dropped the event (capacity): shown from the copy taken on selection. */
  stale: boolean;
  onClose: () => void;
  onShowOnMap: (event: IntelEvent) => void;
}

export function EventDetail({ event, stale, onClose, onShowOnMap }: Props) {
  const now = useNow();
  const t = useT(translations);
  const vocabulary = useVocabulary();
  const panelRef = useRef<HTMLElement>(null);
  useReturnFocusOnClose(panelRef);
  const { releasability, grading, seizure, position } = event;
  const gradingText = grading ? describeGrading(grading) : null;
  const occurred = Date.parse(event.occurredAt);
  return (
    <aside
      ref={panelRef}
      className="detail"
      data-testid="event-detail"
      data-event-id={event.id}
      data-map-inset="right"
      aria-label={t('eventDetail')}
    >
      <header className="detail__header">
        <div className="detail__badges">
          <KindChip kind={event.kind} />
          <TlpBadge tlp={releasability.tlp} />
          <span className="detail__status" data-status={event.status}>
            {vocabulary.status(event.status)}
          </span>
        </div>
        <button
          type="button"
          className="detail__close"
          onClick={onClose}
          aria-label={t('closeLabel')}
          title={t('closeTitle')}
        >
          ×
        </button>
      </header>

      <div className="detail__body">
        <h2 className="detail__title" id={DETAIL_TITLE_ID} tabIndex={-1}>
          {event.title}
        </h2>
        <div className="detail__lede">
          <SeverityMeter severity={event.severity} />
          <span>{vocabulary.t('severityOf', { severity: event.severity })}</span>
          {Number.isFinite(occurred) && <span className="detail__age">{formatAge(now - occurred)}</span>}
        </div>
        {stale && <p className="detail__stale">{t('stale')}</p>}
        {event.summary && <p className="detail__summary">{event.summary}</p>}

        <AlertEvidence event={event} />

        <Section title={t('when')}>
          <Field label={t('occurred')}>{formatUtc(event.occurredAt)}</Field>
          <Field label={t('reported')}>{formatUtc(event.reportedAt)}</Field>
          <Field label={t('received')}>{formatUtc(event.receivedAt)}</Field>
        </Section>

        <Section title={t('where')}>
          <Field label={t('position')}>
            {position ? (
              <span className="detail__position">
                <span className="mono">{formatPosition(position.lat, position.lon)}</span>
                <button type="button" className="detail__link" onClick={() => onShowOnMap(event)}>
                  {t('showOnMap')}
                </button>
              </span>
            ) : (
              <span className="detail__muted">{t('notReported')}</span>
            )}
          </Field>
          <Field label={t('place')}>{event.place}</Field>
        </Section>

        <Section title={t('sourceSharing')}>
          <Field label={t('owner')}>
            <span className="detail__agency">{event.ownerAgency}</span>
          </Field>
          {event.origin !== undefined && (
            <Field label={t('origin')}>
              <OriginBadge origin={event.origin} /> {t('partnerDeployment')}
            </Field>
          )}
          <Field label={t('grading')}>
            {gradingText ? (
              <span>
                <span className="detail__grading mono">{gradingText.code}</span> {gradingText.meaning}
              </span>
            ) : (
              <span className="detail__muted">{t('ungraded')}</span>
            )}
          </Field>
          <Field label={t('releasability')}>
            <span className="detail__release">
              <TlpBadge tlp={releasability.tlp} />
              {releasability.recipients.length === 0 && releasability.sharingGroups.length === 0 && (
                <span className="detail__muted">{t('noRecipients')}</span>
              )}
            </span>
          </Field>
          {releasability.recipients.length > 0 && (
            <Field label={t('recipients')}>
              <span className="detail__tags">
                {releasability.recipients.map((r) => (
                  <span key={r} className="detail__tag">
                    {r}
                  </span>
                ))}
              </span>
            </Field>
          )}
          {releasability.sharingGroups.length > 0 && (
            <Field label={t('sharingGroups')}>
              <span className="detail__tags">
                {releasability.sharingGroups.map((g) => (
                  <span key={g} className="detail__tag">
                    {g}
                  </span>
                ))}
              </span>
            </Field>
          )}
        </Section>

        <TriageControls event={event} />

        {/* An alert is announced by an event: tasking on the event follows the alert's vessel (OPSU-4). */}
        <TaskUnitSection targetType="event" targetId={event.id} position={event.position} />

        {seizure && (
          <Section title={t('seizure')}>
            <Field label={t('commodity')}>{vocabulary.commodity(seizure.commodity)}</Field>
            <Field label={t('quantity')}>{formatQuantity(seizure)}</Field>
            {seizure.estimatedValueUsd !== undefined && (
              <Field label={t('estValue')}>{formatUsd(seizure.estimatedValueUsd)}</Field>
            )}
            {seizure.hsCode && (
              <Field label={t('hsCode')}>
                <span className="mono">{seizure.hsCode}</span>
                {hsHeading(seizure.hsCode) && <span className="detail__muted"> — {hsHeading(seizure.hsCode)}</span>}
              </Field>
            )}
          </Section>
        )}

        <SubjectsSection subjects={event.subjects} />

        <EventEntities eventId={event.id} />

        <AnnotationThread targetType="event" targetId={event.id} target={event} />

        <footer className="detail__footer mono">
          <span>{t('id', { id: event.id })}</span>
          <span>{t('seq', { seq: event.seq })}</span>
        </footer>
      </div>
    </aside>
  );
}

/**
 * A11Y-1: when the panel closes (Escape, the close button) while the focus is in it, the focus goes back to
 * where it came from (the feed row or map list entry that opened it) instead of falling to the page's start.
 */
function useReturnFocusOnClose(panelRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = panelRef.current;
    return () => {
      const focus = document.activeElement;
      const lost = focus === null || focus === document.body || (panel?.contains(focus) ?? false);
      if (lost && opener?.isConnected) opener.focus();
    };
  }, [panelRef]);
}
