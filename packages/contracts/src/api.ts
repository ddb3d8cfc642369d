import { z } from 'zod';
import { EventKind, IntelEvent } from './event.ts';
import { IsoDateTime } from './safe-input.ts';

export const EventCreated = z.object({ id: z.string(), seq: z.number().int(), created: z.boolean() });
export type EventCreated = z.infer<typeof EventCreated>;

/** `minLon,minLat,maxLon,maxLat` in degrees, as query strings carry it. */
export const Bbox = z.string().transform((text, ctx) => {
  const parts = text.split(',').map(Number);
  const [minLon, minLat, maxLon, maxLat] = parts;
  if (
    parts.length !== 4 ||
    minLon === undefined ||
    minLat === undefined ||
    maxLon === undefined ||
    maxLat === undefined ||
    parts.some((n) => !Number.isFinite(n)) ||
    minLon < -180 ||
    maxLon > 180 ||
    minLat < -90 ||
    maxLat > 90 ||
    minLat > maxLat ||
    minLon > maxLon
  ) {
    ctx.addIssue({ code: 'custom', message: 'bbox is minLon,minLat,maxLon,maxLat in degrees' });
    return z.NEVER;
  }
  return { minLon, minLat, maxLon, maxLat };
});
export type Bbox = z.output<typeof Bbox>;

/** Query string of GET /api/v1/events. Newest first; `cursor` continues where the previous page ended. */
export const EventQuery = z
  .object({
    kind: z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(EventKind).min(1))
      .optional(),
    from: IsoDateTime().optional(),
    to: IsoDateTime().optional(),
    bbox: Bbox.optional(),
    q: z.string().trim().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    cursor: z
      .string()
      .regex(/^\d{1,15}$/, 'cursor is the nextCursor of a previous page')
      .optional(),
  })
  .strict();
export type EventQuery = z.output<typeof EventQuery>;

export const EventPage = z.object({ items: z.array(IntelEvent), nextCursor: z.string().nullable() });
export type EventPage = z.infer<typeof EventPage>;

export const ApiIssue = z.object({
  path: z.string(),
  message: z.string(),
  /** I18N-5: a stable word for what is wrong (zod's issue code), which clients translate. */
  code: z.string().optional(),
  origin: z.string().optional(),
  limit: z.number().optional(),
});
export const ApiError = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(ApiIssue).optional() }),
});
export type ApiError = z.infer<typeof ApiError>;
