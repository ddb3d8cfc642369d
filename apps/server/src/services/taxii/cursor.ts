import { createHmac, timingSafeEqual } from 'node:crypto';
import { ServiceError } from '../errors.ts';

/** A place in a collection: after object `index` of the event with this seq (TAXII-5). */
export interface ObjectPosition {
  seq: number;
  index: number;
}

export interface CursorCodec {
  encode(collectionId: string, position: ObjectPosition): string;
  /** The position a cursor names, or a 400 when this deployment did not issue it for this collection. */
  decode(collectionId: string, cursor: string): ObjectPosition;
}

const CURSOR = /^(\d{1,15})\.(\d{1,3})\.([A-Za-z0-9_-]{43})$/;

function refused(): ServiceError {
  return new ServiceError('validation_failed', 'next: not a cursor this server issued for this collection', [
    { path: 'next', message: 'not a cursor this server issued for this collection' },
  ]);
}

/**
 * TAXII-5: `next` is the position signed with the deployment's key (HMAC-SHA-256) and bound to its collection,
 * so a changed, forged or borrowed cursor is a 400. A cursor is only a position: every page is filtered by
 * releasability again, so even a valid cursor can reveal nothing; the signature keeps clients from building
 * positions the server never handed out.
 */
export function cursorCodec(secret: string): CursorCodec {
  const sign = (collectionId: string, seq: number, index: number): string =>
    createHmac('sha256', secret).update(`${collectionId}|${seq}|${index}`).digest('base64url');
  return {
    encode(collectionId, { seq, index }) {
      return Buffer.from(`${seq}.${index}.${sign(collectionId, seq, index)}`).toString('base64url');
    },
    decode(collectionId, cursor) {
      if (cursor.length > 200) throw refused();
      const text = Buffer.from(cursor, 'base64url').toString('latin1');
      // Node's decoder skips stray characters; only the exact encoding of a well-formed cursor counts.
      if (Buffer.from(text, 'latin1').toString('base64url') !== cursor) throw refused();
      const match = CURSOR.exec(text);
      if (!match) throw refused();
      const [, seqText = '', indexText = '', mac = ''] = match;
      const seq = Number(seqText);
      const index = Number(indexText);
      const expected = Buffer.from(sign(collectionId, seq, index));
      const given = Buffer.from(mac);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw refused();
      return { seq, index };
    },
  };
}
