import { EVENT_SCHEMA_VERSION, type IntelEvent } from '@tidewatch/contracts';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { ManualTime } from '../time/manual-time.ts';
import { OrderedEventStream, type StreamSource } from './ordered-event-stream.ts';

const GAP_WAIT_MS = 25;

function event(seq: number): IntelEvent {
  return {
    v: EVENT_SCHEMA_VERSION,
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    kind: 'seizure',
    title: `event ${seq}`,
    summary: '',
    occurredAt: '2026-12-07T00:00:00.000Z',
    reportedAt: '2026-12-07T00:00:00.000Z',
    receivedAt: '2026-12-07T00:00:00.000Z',
    position: null,
    place: null,
    ownerAgency: 'JCA',
    releasability: { tlp: 'GREEN', recipients: [], sharingGroups: [] },
    severity: 3,
    grading: null,
    subjects: { vessels: [], containers: [], organisations: [], persons: [] },
    seizure: null,
    status: 'new',
    assigneeId: null,
    version: 1,
  };
}

/** The committed log as the database holds it; records what the stream read from it. */
class CommittedLog implements StreamSource {
  readonly reads: { after: number; upTo: number | undefined }[] = [];
  constructor(private readonly events: IntelEvent[]) {}
  async listAfter(seq: number, limit: number, upTo?: number): Promise<IntelEvent[]> {
    this.reads.push({ after: seq, upTo });
    return this.events.filter((e) => e.seq > seq && (upTo === undefined || e.seq <= upTo)).slice(0, limit);
  }
}

describe('OrderedEventStream', () => {
  it('holds an event behind a hole for the gap wait on its scheduler, then reads the hole and delivers in order', async () => {
    const time = new ManualTime();
    const log = new CommittedLog([event(1), event(2), event(3)]);
    const stream = new OrderedEventStream(log, 0, createLogger('silent', 'test'), GAP_WAIT_MS, time);
    const delivered: number[][] = [];
    stream.subscribe((events) => delivered.push(events.map((e) => e.seq)));

    stream.accept([event(3)]);
    await time.advance(GAP_WAIT_MS - 1);
    expect(delivered).toEqual([]);
    expect(log.reads).toEqual([]);

    await time.advance(1);
    expect(log.reads).toEqual([{ after: 0, upTo: 2 }]);
    expect(delivered).toEqual([[1, 2, 3]]);
    expect(stream.high).toBe(3);
    expect(time.pending).toBe(0);
    stream.close();
  });

  it('delivers at once when the hole fills before the gap wait, and close cancels a pending gap read', async () => {
    const time = new ManualTime();
    const log = new CommittedLog([event(1), event(2), event(3)]);
    const stream = new OrderedEventStream(log, 0, createLogger('silent', 'test'), GAP_WAIT_MS, time);
    const delivered: number[][] = [];
    stream.subscribe((events) => delivered.push(events.map((e) => e.seq)));

    stream.accept([event(2)]);
    stream.accept([event(1)]);
    expect(delivered).toEqual([[1, 2]]);

    // The gap timer armed for seq 2 finds nothing pending when it fires.
    await time.advance(GAP_WAIT_MS);
    expect(log.reads).toEqual([]);

    stream.accept([event(4)]);
    expect(time.pending).toBe(1);
    stream.close();
    expect(time.pending).toBe(0);
    await time.advance(GAP_WAIT_MS);
    expect(log.reads).toEqual([]);
    expect(delivered).toEqual([[1, 2]]);
  });
});
