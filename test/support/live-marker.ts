import { randomUUID } from 'node:crypto';
import type { ClientToServerEvents, IntelEvent, ServerToClientEvents } from '@tidewatch/contracts';
import type { Socket } from 'socket.io-client';
import { EXAMPLE_EVENT, postEvent } from './server.ts';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const MARKER_TITLE = 'live marker';

/** Whether a title is a live marker's, for tests that collect every event a socket receives. */
export const isLiveMarkerTitle = (title: string): boolean => title.startsWith(MARKER_TITLE);

/**
 * The acked round trip that proves "nothing else arrived": a RED event that only `agency` (its owner) may read
 * is posted after the action under test, and this resolves once it has reached `socket`. One socket delivers
 * in order and the server sent anything caused by the earlier action before it committed the marker, so by
 * then every message meant for the socket has arrived; a test asserts on what it collected without sleeping.
 * Adds one event owned by `agency`, readable by nobody else.
 */
export async function awaitLiveMarker(
  baseUrl: string,
  socket: ClientSocket,
  agency: string,
  timeoutMs = 10_000,
): Promise<void> {
  const title = `${MARKER_TITLE} ${randomUUID()}`;
  let onEvent: ((msg: { event: IntelEvent }) => void) | undefined;
  let onEvents: ((msg: { events: IntelEvent[] }) => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  const arrived = new Promise<void>((resolve, reject) => {
    const check = (events: readonly IntelEvent[]) => {
      if (events.some((e) => e.title === title)) resolve();
    };
    onEvent = ({ event }) => check([event]);
    onEvents = ({ events }) => check(events);
    socket.on('event', onEvent);
    socket.on('events', onEvents);
    timer = setTimeout(
      () => reject(new Error(`the live marker did not reach ${agency} within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    const posted = await postEvent(
      baseUrl,
      { ...EXAMPLE_EVENT, title, ownerAgency: agency, releasability: { tlp: 'RED', recipients: [] } },
      { agency },
    );
    if (posted.status !== 201) throw new Error(`the live marker was refused: ${posted.status}`);
    await arrived;
  } finally {
    clearTimeout(timer);
    if (onEvent) socket.off('event', onEvent);
    if (onEvents) socket.off('events', onEvents);
  }
}
