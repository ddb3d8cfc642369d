import type { IntelEvent } from '@tidewatch/contracts';
import type { Logger } from '../../logger.ts';
import type { EventPublisher } from '../context.ts';

/** One step that committed events pass through (realtime fan-out, watchlist matching...). */
export interface EventStage {
  readonly name: string;
  accept(events: readonly IntelEvent[]): void;
}

/**
 * Where every verb sends the events it committed: an explicit list of stages, registered once by the
 * composition root from the feature modules, each seeing the events in registration order. A stage that
 * throws is logged and the next still runs: the events are committed whatever one consumer makes of them.
 */
export class EventPipeline implements EventPublisher {
  readonly #stages: EventStage[] = [];

  constructor(private readonly log: Logger) {}

  add(stage: EventStage): void {
    if (this.#stages.some((s) => s.name === stage.name)) throw new Error(`event stage ${stage.name} added twice`);
    this.#stages.push(stage);
  }

  get stages(): readonly string[] {
    return this.#stages.map((s) => s.name);
  }

  publish(events: readonly IntelEvent[]): void {
    for (const stage of this.#stages) {
      try {
        stage.accept(events);
      } catch (err) {
        this.log.error({ err, stage: stage.name, events: events.length }, 'an event pipeline stage failed');
      }
    }
  }
}
