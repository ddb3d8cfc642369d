import type { ExclusiveRunner, SummaryFactsRepository, SummaryRepository } from '@tidewatch/db';
import type { RequestContext } from '../context.ts';

export interface SummarySettings {
  /** Local hour the summary's 24 hours end at (SUMMARY_HOUR). */
  hour: number;
  /** IANA zone of that hour (SUMMARY_TZ). */
  timeZone: string;
  /** Notable events kept, most severe first. */
  notableLimit: number;
  /** Positioned events kept for the map. */
  mapLimit: number;
}

/** Storage a generation reads and writes; bound to a locked transaction when the scheduler generates. */
export interface SummaryStores {
  summaries: SummaryRepository;
  facts: SummaryFactsRepository;
}

export interface SummaryDeps extends SummaryStores {
  settings: SummarySettings;
  /** Runs a generation under the day's cluster-wide lock (DatabaseHandle.exclusively). */
  exclusively: ExclusiveRunner;
}

export type SummaryContext = RequestContext & SummaryDeps;
