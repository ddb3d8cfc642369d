import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, IntelEvent, ServerToClientEvents } from '@tidewatch/contracts';
import type { RunningServer } from '../src/index.ts';
import { ManualTime } from '../src/time/manual-time.ts';
import { createTempDir } from '../../../test/support/temp-dir.ts';
import { login, type UserSession } from '../../../test/support/session.ts';
import { EXAMPLE_EVENT, OffsetClock, postEvent, startTestServer } from '../../../test/support/server.ts';

const MINUTE = 60_000;
const SWEEP_MS = 1000;
const dir = createTempDir('session-expiry');
// The clock says what time it is; the timers run only when a test advances them. So a test can put a session
// past its end with no sweep in between (the delivery path must cut the socket), or run the sweep at once.
const clock = new OffsetClock();
const timers = new ManualTime();
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer(
    {
      DATA_DIR: dir.path,
      SESSION_IDLE_MINUTES: 30,
      SESSION_ABSOLUTE_HOURS: 1,
      SESSION_SWEEP_MS: SWEEP_MS,
      SUMMARY_SCHEDULER: 'off',
    },
    { clock, scheduler: timers },
  );
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

/** A browser's live socket: authenticated by the session cookie alone, as the dashboard's is. */
function cookieSocket(session: UserSession) {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(server.url, {
    transports: ['websocket'],
    extraHeaders: { cookie: session.cookie },
    reconnection: false,
  });
  const received: IntelEvent[] = [];
  socket.on('event', ({ event }) => received.push(event));
  socket.on('events', ({ events }) => received.push(...events));
  const synced = new Promise<void>((resolve, reject) => {
    socket.on('synced', () => resolve());
    socket.on('connect_error', reject);
  });
  const disconnected = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));
  return { socket, received, synced, disconnected };
}

/** A RED event released to CBP only, posted by its owner JCA with an API key (keys do not expire). */
async function postRed(title: string): Promise<number> {
  const posted = await postEvent(server.url, {
    ...EXAMPLE_EVENT,
    title,
    releasability: { tlp: 'RED', recipients: ['CBP'] },
  });
  expect(posted.status).toBe(201);
  return Number(posted.json.seq);
}

async function waitUntil(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms)),
  ]);

function refusedHandshake(session: UserSession): Promise<string> {
  const socket = io(server.url, {
    transports: ['websocket'],
    extraHeaders: { cookie: session.cookie },
    reconnection: false,
  });
  return within(
    new Promise<string>((resolve) => {
      socket.on('connect', () => resolve('connected'));
      socket.on('connect_error', (err) => resolve(err.message));
    }),
    5000,
    'handshake answer',
  ).finally(() => socket.close());
}

type LiveSocket = ReturnType<typeof cookieSocket>;

async function expectDelivered(live: LiveSocket, title: string): Promise<void> {
  const seq = await postRed(title);
  await waitUntil(() => live.received.some((e) => e.seq === seq), 'the RED event while the session lives');
}

/**
 * A RED event published past the session's end never arrives: the socket is cut first (had it been sent, its
 * frame would precede the disconnect on the same connection), and the session is refused everywhere after.
 */
async function expectEndedBefore(live: LiveSocket, session: UserSession, title: string): Promise<void> {
  const seq = await postRed(title);
  expect(await within(live.disconnected, 5000, 'disconnect')).toBe('io server disconnect');
  expect(live.received.map((e) => e.seq)).not.toContain(seq);
  expect((await session.request('/api/v1/auth/me')).status).toBe(401);
  expect(await refusedHandshake(session)).toMatch(/^unauthenticated/);
}

describe('a socket never outlives its session', () => {
  it('[AUTH-5] idle expiry: a RED event published after the idle timeout never reaches the socket, which is disconnected', async () => {
    const session = await login(server.url, 'cbp.analyst');
    const live = cookieSocket(session);
    try {
      await live.synced;
      await expectDelivered(live, 'red before idle expiry');
      clock.advance(30 * MINUTE + 1000);
      await expectEndedBefore(live, session, 'red after idle expiry');
    } finally {
      live.socket.close();
    }
  });

  it('[AUTH-5] absolute expiry: requests keep the session from idling, but at its absolute end the socket gets no RED event and is disconnected', async () => {
    const session = await login(server.url, 'cbp.admin');
    clock.advance(25 * MINUTE);
    expect((await session.request('/api/v1/auth/me')).status).toBe(200);
    clock.advance(25 * MINUTE);
    expect((await session.request('/api/v1/auth/me')).status).toBe(200);
    const live = cookieSocket(session);
    try {
      await live.synced;
      clock.advance(9 * MINUTE);
      await expectDelivered(live, 'red before absolute expiry');
      clock.advance(2 * MINUTE);
      await expectEndedBefore(live, session, 'red after absolute expiry');
    } finally {
      live.socket.close();
    }
  });

  it('[AUTH-5] with no event to deliver, the sweep disconnects a socket whose session went idle', async () => {
    const session = await login(server.url, 'cbp.analyst');
    const live = cookieSocket(session);
    try {
      await live.synced;
      clock.advance(30 * MINUTE + 1000);
      await timers.advance(SWEEP_MS);
      // The sweep has run; what remains is the disconnect's way back over the socket.
      expect(await within(live.disconnected, 5000, 'the disconnect')).toBe('io server disconnect');
    } finally {
      live.socket.close();
    }
  });

  it('[AUTH-5] an open socket is not activity, but requests are: the socket is cut at its deadline and may reconnect while requests keep the session', async () => {
    const session = await login(server.url, 'cbp.analyst');
    const live = cookieSocket(session);
    try {
      await live.synced;
      clock.advance(20 * MINUTE);
      expect((await session.request('/api/v1/auth/me')).status).toBe(200);
      clock.advance(11 * MINUTE);
      await timers.advance(SWEEP_MS);
      expect(await within(live.disconnected, 5000, 'the disconnect')).toBe('io server disconnect');
      expect(await refusedHandshake(session)).toBe('connected');
    } finally {
      live.socket.close();
    }
  });
});
