import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.ts';
import { EventPipeline } from './event-pipeline.ts';

describe('[ARCH-4] the committed-event pipeline', () => {
  it('passes committed events through its stages in registration order', () => {
    const seen: string[] = [];
    const pipeline = new EventPipeline(createLogger('silent', 'test'));
    const batch: never[] = [];
    pipeline.add({ name: 'fan-out', accept: (events) => seen.push(`fan-out ${events === batch}`) });
    pipeline.add({ name: 'matching', accept: (events) => seen.push(`matching ${events === batch}`) });
    pipeline.publish(batch);
    expect(seen).toEqual(['fan-out true', 'matching true']);
    expect(pipeline.stages).toEqual(['fan-out', 'matching']);
  });

  it('runs the later stages when one throws, and refuses a stage registered twice', () => {
    const seen: string[] = [];
    const pipeline = new EventPipeline(createLogger('silent', 'test'));
    pipeline.add({
      name: 'broken',
      accept: () => {
        throw new Error('boom');
      },
    });
    pipeline.add({ name: 'after', accept: () => seen.push('after') });
    pipeline.publish([]);
    expect(seen).toEqual(['after']);
    expect(() => pipeline.add({ name: 'after', accept: () => undefined })).toThrow(/twice/);
  });
});
