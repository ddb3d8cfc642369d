import { useEffect, useState } from 'react';
import type { IntelEvent } from '@tidewatch/contracts';
import { liveStore } from '../live/store.ts';
import { ALERT_SEVERITY } from '../wall/index.ts';
import { useVocabulary } from '../theme/vocabulary.ts';
import { useT } from '../i18n/index.ts';
import { BurstGatherer } from './burst.ts';
import { translations } from './translations.ts';

/** A burst is what arrives within 1.5 s; announcements are at least 10 s apart (A11Y-6). */
const TIMING = { gatherMs: 1_500, minGapMs: 10_000 };
const MAX_REMEMBERED = 1_000;

interface Announcement {
  /** Counts up, so the same words twice are still a change the screen reader speaks. */
  serial: number;
  events: readonly IntelEvent[];
}

/**
 * A11Y-6: the dashboard's one live region. Speaks high-severity events as they arrive over the live stream
 * (not the history loaded at sign-in), in the user's language. The events come from the live store, which
 * holds only what the user may read. Polite: an operator typing a note is not cut off mid-word.
 * The wall display does not mount it: nobody listens there, and it shows its own alerts.
 */
export function HighSeverityAnnouncer() {
  const t = useT(translations);
  const vocabulary = useVocabulary();
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);

  useEffect(() => {
    let serial = 0;
    const gatherer = new BurstGatherer<IntelEvent>(TIMING, (events) => {
      serial += 1;
      setAnnouncement({ serial, events });
    });
    // A triage change re-delivers an event as "added": each event is spoken once, however often it changes.
    const spoken = new Set<string>();
    const stop = liveStore.subscribeDeltas((delta) => {
      const arrivals = liveStore.getSnapshot().arrivals;
      for (const event of delta.added) {
        if (event.severity < ALERT_SEVERITY || !arrivals.has(event.id) || spoken.has(event.id)) continue;
        spoken.add(event.id);
        // Oldest first out: the set stays small over a long shift.
        if (spoken.size > MAX_REMEMBERED) spoken.delete(spoken.values().next().value ?? '');
        gatherer.add(event);
      }
    });
    return () => {
      stop();
      gatherer.dispose();
    };
  }, []);

  const [only] = announcement?.events ?? [];
  const text =
    announcement === null
      ? ''
      : announcement.events.length === 1 && only
        ? t('one', { severity: only.severity, kind: vocabulary.kind(only.kind), title: only.title })
        : t('many', { count: announcement.events.length });
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-announcer">
      {announcement && <p key={announcement.serial}>{text}</p>}
    </div>
  );
}
