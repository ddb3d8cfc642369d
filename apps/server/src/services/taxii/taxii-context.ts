import type { TaxiiRepository } from '@tidewatch/db';
import type { RequestContext } from '../context.ts';
import type { CursorCodec } from './cursor.ts';

/** What a TAXII verb acts with: the caller's request context, the TAXII reads and the cursor signer. */
export type TaxiiContext = RequestContext & {
  taxii: TaxiiRepository;
  cursors: CursorCodec;
  /** The most a POST body may be (the API root's max_content_length). */
  maxContentLength: number;
};

/** What the TAXII module gives every request's context (the routes never see storage: GUARD-3). */
export interface TaxiiServices {
  taxii: TaxiiRepository;
  /** The deployment's cursor signer, read from the database on first use. */
  cursors(): Promise<CursorCodec>;
  maxContentLength: number;
}

/** The media type of every TAXII resource (TAXII 2.1 s.1.6.8). */
export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';
/** The media type of the STIX objects a collection holds. */
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1';
