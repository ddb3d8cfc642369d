import type { EventInput, TriageStatus } from '@tidewatch/contracts';
import type { Cast } from '../cast.ts';
import type { Rng } from '../random.ts';
import { uuidv7 } from '../uuid.ts';
import { chooseReleasability } from './releasability.ts';
import type { Scenario } from './types.ts';

export interface ComposeInput {
  scenario: Scenario;
  cast: Cast;
  /** The event's own stream: every draw for this event comes from it, so events do not disturb each other. */
  rng: Rng;
  occurredAt: number;
  reportedAt: number;
  operation?: string;
  /** Triage state from a uniform roll; history ages events, live ones are new. */
  status: (roll: number) => TriageStatus;
}

/** Turns a scenario into a contract-shaped event: id, times, releasability and status around the draft. */
export function composeEvent({
  scenario,
  cast,
  rng,
  occurredAt,
  reportedAt,
  operation,
  status,
}: ComposeInput): EventInput {
  // The id is drawn first so that it depends only on the event's stream and time, not on the story's draws.
  const id = uuidv7(occurredAt, rng);
  const at = new Date(occurredAt);
  const draft = scenario.build(operation ? { rng, cast, at, operation } : { rng, cast, at });
  const releasability = chooseReleasability(rng, draft.ownerAgency, draft.audience, draft.sensitivity, draft.tlp);
  const { vessels = [], containers = [], organisations = [], persons = [] } = draft.subjects;
  return {
    id,
    kind: draft.kind,
    title: draft.title,
    summary: draft.summary,
    occurredAt: at.toISOString(),
    reportedAt: new Date(Math.max(reportedAt, occurredAt)).toISOString(),
    position: draft.position,
    place: draft.place,
    ownerAgency: draft.ownerAgency,
    releasability,
    severity: Math.min(5, Math.max(1, Math.round(draft.severity))),
    grading: draft.grading,
    subjects: { vessels, containers, organisations, persons },
    ...(draft.seizure ? { seizure: draft.seizure } : {}),
    status: status(rng.next()),
  };
}
