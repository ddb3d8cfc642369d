import type { AisMessage } from '@tidewatch/ais';

/**
 * One relayed message: the decoded message and the time its node received it. Its own file so the realtime
 * types can name it without importing the relay (which imports them).
 */
export type RelayedAis = [AisMessage, number];
