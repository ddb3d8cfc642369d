import { z } from 'zod';

/**
 * `GET /api/v1/taxii/connection`: what a TAXII client of the caller's agency connects to (TAXII-2), for the
 * administration screen's "Connect a TAXII client" panel. The collections are the ones a key of this agency
 * sees; `canWrite` is what a key with the events:write scope gets.
 */
export const TaxiiConnection = z.object({
  agency: z.string(),
  discoveryUrl: z.string(),
  apiRootUrl: z.string(),
  collections: z.array(
    z.object({
      id: z.string(),
      /** The collection's TAXII title (English, what TAXII clients list); screens word it from `kind`. */
      title: z.string(),
      kind: z.enum(['released', 'agreement', 'inbox']),
      /** The agreement's name, for an agreement's collection. */
      agreement: z.string().nullable(),
      alias: z.string(),
      canRead: z.boolean(),
      canWrite: z.boolean(),
    }),
  ),
});
export type TaxiiConnection = z.infer<typeof TaxiiConnection>;
