import { OriginBadge } from '../theme/OriginBadge.tsx';
import type { IntelEvent } from '@tidewatch/contracts';
import { KindChip } from '../theme/KindChip.tsx';
import { TlpBadge } from '../theme/TlpBadge.tsx';
import { SeverityMeter } from '../theme/SeverityMeter.tsx';
import { formatAge, formatPosition, formatUtc } from '../theme/format.ts';
import { useNow } from '../live/useNow.ts';
import { describeGrading, formatQuantity, hsHeading, formatUsd, titleCase } from '../theme/describe.ts';
import { Field, Section } from '../theme/Field.tsx';
import { SubjectsSection } from './SubjectsSection.tsx';
import { EventEntities } from '../entities/index.ts';
import { TriageControls } from '../triage/index.ts';
import { AnnotationThread } from '../annotations/index.ts';
import { AlertEvidence } from '../alerts/index.ts';
import { TaskUnitSection } from '../operations/index.ts';
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
  const { releasability, grading, seizure, position } = event;
  const gradingText = grading ? describeGrading(grading) : null;
  const occurred = Date.parse(event.occurredAt);
  return (
    <aside
      className="detail"
      data-testid="event-detail"
      data-event-id={event.id}
      data-map-inset="right"
      aria-label="Event detail"
    >
      <header className="detail__header">
        <div className="detail__badges">
          <KindChip kind={event.kind} />
          <TlpBadge tlp={releasability.tlp} />
          <span className="detail__status" data-status={event.status}>
            {titleCase(event.status)}
          </span>
        </div>
        <button
          type="button"
          className="detail__close"
          onClick={onClose}
          aria-label="Close detail (Esc)"
          title="Close (Esc)"
        >
          ×
        </button>
      </header>

      <div className="detail__body">
        <h2 className="detail__title">{event.title}</h2>
        <div className="detail__lede">
          <SeverityMeter severity={event.severity} />
          <span>Severity {event.severity} of 5</span>
          {Number.isFinite(occurred) && <span className="detail__age">{formatAge(now - occurred)}</span>}
        </div>
        {stale && <p className="detail__stale">No longer held in this display's memory; showing the last copy.</p>}
        {event.summary && <p className="detail__summary">{event.summary}</p>}

        <AlertEvidence event={event} />

        <Section title="When (UTC)">
          <Field label="Occurred">{formatUtc(event.occurredAt)}</Field>
          <Field label="Reported">{formatUtc(event.reportedAt)}</Field>
          <Field label="Received">{formatUtc(event.receivedAt)}</Field>
        </Section>

        <Section title="Where">
          <Field label="Position">
            {position ? (
              <span className="detail__position">
                <span className="mono">{formatPosition(position.lat, position.lon)}</span>
                <button type="button" className="detail__link" onClick={() => onShowOnMap(event)}>
                  Show on map
                </button>
              </span>
            ) : (
              <span className="detail__muted">Not reported</span>
            )}
          </Field>
          <Field label="Place">{event.place}</Field>
        </Section>

        <Section title="Source and sharing">
          <Field label="Owner">
            <span className="detail__agency">{event.ownerAgency}</span>
          </Field>
          {event.origin !== undefined && (
            <Field label="Origin">
              <OriginBadge origin={event.origin} /> partner deployment
            </Field>
          )}
          <Field label="Grading">
            {gradingText ? (
              <span>
                <span className="detail__grading mono">{gradingText.code}</span> {gradingText.meaning}
              </span>
            ) : (
              <span className="detail__muted">Ungraded</span>
            )}
          </Field>
          <Field label="Releasability">
            <span className="detail__release">
              <TlpBadge tlp={releasability.tlp} />
              {releasability.recipients.length === 0 && releasability.sharingGroups.length === 0 && (
                <span className="detail__muted">no named recipients</span>
              )}
            </span>
          </Field>
          {releasability.recipients.length > 0 && (
            <Field label="Recipients">
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
            <Field label="Sharing groups">
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
          <Section title="Seizure">
            <Field label="Commodity">{titleCase(seizure.commodity)}</Field>
            <Field label="Quantity">{formatQuantity(seizure)}</Field>
            {seizure.estimatedValueUsd !== undefined && (
              <Field label="Est. value">{formatUsd(seizure.estimatedValueUsd)}</Field>
            )}
            {seizure.hsCode && (
              <Field label="HS code">
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
          <span>id {event.id}</span>
          <span>seq {event.seq}</span>
        </footer>
      </div>
    </aside>
  );
}
