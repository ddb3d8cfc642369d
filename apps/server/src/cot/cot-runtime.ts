import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { IntelEvent } from '@tidewatch/contracts';
import type { UnitRepository } from '@tidewatch/db';
import type { Logger } from '../logger.ts';
import type { RequestContext, ServiceContext } from '../services/context.ts';
import { type TakPrincipal, revalidateTakDevice } from '../services/cot/authenticate-device.ts';
import { fileSpotReport } from '../services/cot/file-spot-report.ts';
import { reportDevicePosition } from '../services/operations/manage-units.ts';
import type { OperationsServices } from '../services/operations/ops-services.ts';
import { targetReleasable, toTask } from '../services/operations/task-view.ts';
import { toUnit, unitReleasable } from '../services/operations/unit-view.ts';
import { viewerFor } from '../services/auth/principal.ts';
import type { Scheduler, Timer } from '../time/scheduler.ts';
import { CotConnection, type CotCounters, type CotInboundHandler, newCotCounters } from './cot-connection.ts';
import { CotHub, type CotVesselSource } from './cot-hub.ts';
import { createUdpSink, type UdpSink } from './cot-udp.ts';
import { SUSPECT_KINDS, SuspectMarks } from './suspect-marks.ts';

export interface CotSettings {
  /** TCP port for TAK clients; undefined = no TCP server. */
  tcpPort: number | undefined;
  host: string;
  /** `host:port` and the agency whose release UDP carries; undefined = no UDP. */
  udp: { target: string; agency: string } | undefined;
  vesselIntervalMs: number;
  authTimeoutMs: number;
  staleAfterMs: number;
}

/** Vessel stream ticks; each tick sends the vessels that came due (COT-3). */
const VESSEL_TICK_MS = 1000;
/** Units and open tasks are re-read and sent this often (a unit update per 5 s, as for vessels by default). */
const OPERATIONS_MS = 5000;
/** Hits and alerts re-read (a closed alert stops marking its vessel), credentials and agreements re-checked. */
const MARKS_MS = 60_000;
const REVALIDATE_MS = 5000;
/** Open hits and alerts this recent mark vessels; positioned events this recent are given to new devices. */
const MARK_WINDOW_MS = 7 * 24 * 3_600_000;
const RECENT_EVENTS_MS = 24 * 3_600_000;
const RECENT_EVENTS_KEPT = 500;
/** COT-9: a device's SA moves its unit at most this often (ATAK sends every few seconds; each fix is audited). */
const DEVICE_FIX_MIN_MS = 2000;

/**
 * The Cursor-on-Target side of one node (issue 16 §3): the hub, the TCP server for TAK clients, the UDP sink,
 * and the timers that feed them. Off unless configured (COT_TCP_PORT, COT_UDP_TARGET).
 */
export function createCotRuntime(options: {
  ctx: ServiceContext;
  ops: OperationsServices;
  units: UnitRepository;
  vessels: CotVesselSource;
  scheduler: Scheduler;
  log: Logger;
  settings: CotSettings;
}) {
  const { ctx, ops, scheduler, log, settings } = options;
  const nowMs = () => ctx.clock.now().getTime();
  const counters: CotCounters = newCotCounters();
  const marks = new SuspectMarks();
  const hub = new CotHub({
    vessels: options.vessels,
    marks,
    nowMs,
    vesselIntervalMs: settings.vesselIntervalMs,
    staleAfterMs: settings.staleAfterMs,
    markerLifeMs: RECENT_EVENTS_MS,
    recentEventsKept: RECENT_EVENTS_KEPT,
  });
  /** Authenticated connections (sinks), re-checked every REVALIDATE_MS; and every open one. */
  const connections = new Set<CotConnection>();
  const everyConnection = new Set<CotConnection>();
  const lastFix = new Map<string, number>();

  const requestContext = (principal: TakPrincipal): RequestContext => ({ ...ctx, ...principal });
  const inbound: CotInboundHandler = {
    async position(principal, message) {
      const unitId = principal.actor.unitId ?? '';
      if (nowMs() - (lastFix.get(unitId) ?? Number.NEGATIVE_INFINITY) < DEVICE_FIX_MIN_MS) {
        counters.ignored++;
        return;
      }
      lastFix.set(unitId, nowMs());
      await reportDevicePosition({
        ctx: requestContext(principal),
        ops,
        fix: {
          lat: message.lat,
          lon: message.lon,
          courseDeg: message.courseDeg,
          speedKn: message.speedKn,
          atMs: message.timeMs,
        },
      });
      counters.positions++;
    },
    async spot(principal, message) {
      await fileSpotReport({ ctx: requestContext(principal), spot: message });
      counters.spots++;
    },
  };

  async function readMarks(): Promise<void> {
    const from = new Date(nowMs() - MARK_WINDOW_MS).toISOString();
    marks.replaceAll(await ctx.events.list({ kinds: [...SUSPECT_KINDS], from }, 20_000));
  }

  async function readOperations(): Promise<void> {
    const now = nowMs();
    const [rows, tasks] = await Promise.all([options.units.listAll(), options.units.listOpenTasks()]);
    hub.setOperations(
      rows.map((row) => ({ item: toUnit(row, ops, now), releasables: [unitReleasable(row)] })),
      tasks.map(({ task, unit }) => ({
        item: toTask(task, unit, ops, now),
        releasables: [unitReleasable(unit), targetReleasable(task)],
      })),
    );
  }

  async function revalidate(): Promise<void> {
    for (const connection of connections) {
      const principal = connection.principal;
      if (principal) connection.update(await revalidateTakDevice(ctx, principal));
    }
  }

  const background = (name: string, work: () => Promise<void>) => () => {
    work().catch((err: unknown) => log.warn({ err }, `cot: ${name} failed; it runs again at the next period`));
  };

  let server: Server | undefined;
  let udp: UdpSink | undefined;
  const timers: Timer[] = [];
  return {
    hub,
    counters,
    marks,
    /** The TCP port TAK clients connect to, once started; undefined when TCP is off. */
    tcpPort: undefined as number | undefined,
    /** COT-1, COT-2: committed events of every node. */
    onCommitted(events: readonly IntelEvent[]): void {
      hub.events(events);
    },
    /** COT-2: a hit or alert closed (or reopened) on any node changes its vessel's affiliation at the next send. */
    onTriaged(event: IntelEvent): void {
      hub.resendVessels(marks.add([event]));
    },
    async start(): Promise<void> {
      await readMarks();
      const from = new Date(nowMs() - RECENT_EVENTS_MS).toISOString();
      hub.remember((await ctx.events.list({ from }, RECENT_EVENTS_KEPT)).reverse());
      await readOperations();
      if (settings.udp) {
        const agency = settings.udp.agency;
        udp = await createUdpSink(settings.udp.target, await viewerFor(ctx, agency), log);
        hub.add(udp);
      }
      if (settings.tcpPort !== undefined) {
        const listening = createServer((socket) => {
          const connection = new CotConnection(socket, {
            ctx,
            log,
            scheduler,
            counters,
            authTimeoutMs: settings.authTimeoutMs,
            inbound,
            joined: (sink) => {
              connections.add(sink);
              hub.add(sink);
            },
            left: (sink) => {
              connections.delete(sink);
              hub.remove(sink);
            },
          });
          // Unauthenticated ones too: stopping must close every connection, or the server never closes.
          everyConnection.add(connection);
          socket.once('close', () => everyConnection.delete(connection));
        });
        server = listening;
        await new Promise<void>((resolve, reject) => {
          listening.once('error', reject);
          listening.listen(settings.tcpPort, settings.host, () => resolve());
        });
        this.tcpPort = (listening.address() as AddressInfo).port;
        log.info({ port: this.tcpPort }, 'cot: TAK clients may connect');
      }
      timers.push(
        scheduler.setInterval(() => hub.vesselTick(), VESSEL_TICK_MS).unref(),
        scheduler.setInterval(background('reading units and tasks', readOperations), OPERATIONS_MS).unref(),
        scheduler.setInterval(background('reading hits and alerts', readMarks), MARKS_MS).unref(),
        scheduler.setInterval(background('re-checking credentials', revalidate), REVALIDATE_MS).unref(),
      );
    },
    async stop(): Promise<void> {
      for (const timer of timers) scheduler.clear(timer);
      for (const connection of everyConnection) connection.close('server stopping');
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      udp?.close();
    },
  };
}

export type CotRuntime = ReturnType<typeof createCotRuntime>;
