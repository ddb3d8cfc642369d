import type { DecodedAis } from '@tidewatch/ais';
import type { Consignment, IntelEvent, Tlp } from '@tidewatch/contracts';
import {
  createCargoRepository,
  createDerivedAlertRepository,
  createWatchlistRepository,
  type AreaRow,
  type Db,
} from '@tidewatch/db';
import { DetectorSuite, type DetectorThresholdOverrides, type EntryMatch, type VesselPicture } from '@tidewatch/domain';
import type { TidewatchServer } from '../realtime/types.ts';
import type { RealtimeFanout } from '../realtime/fanout.ts';
import type { CoreServiceContext } from '../services/context.ts';
import { createAisObserver, timeOf } from './ais-observer.ts';
import { createDeclaredFlagWatch } from './declared-flag-watch.ts';
import { publishHits } from '../services/alerts/hit-publisher.ts';
import {
  systemContext,
  type IntelBroadcast,
  type IntelRequestContext,
  type IntelServices,
} from '../services/intel-context.ts';
import { createIntelNotifier } from './intel-notifier.ts';
import { createEntrySweep, type EntrySweep } from './entry-sweep.ts';
import { MatcherRuntime, toIndexEntry } from '../services/watchlists/matcher-runtime.ts';
import { SerialQueue } from './serial-queue.ts';
import { draftVesselAlert } from './vessel-alert-draft.ts';
import { publishAlert } from '../services/alerts/publish-alert.ts';
import { systemScheduler, type Scheduler } from '../time/scheduler.ts';

export interface IntelOptions {
  /** The node's context as it is before the intel services exist; the runtime adds them. */
  ctx: CoreServiceContext;
  db: Db;
  io: TidewatchServer;
  /** Delivers intel changes to this node's sockets that may read them. */
  fanout: RealtimeFanout;
  clustered: boolean;
  /** Agency that owns AIS-derived alerts (released GREEN to the community). */
  detectionAgency: string;
  fuzzyThreshold: number;
  hitWindowMs: number;
  thresholds?: DetectorThresholdOverrides;
  /** Detector sweep period; tests shorten it. */
  sweepMs?: number;
  /** Runs the detector sweep; tests pass a ManualTime. */
  scheduler?: Scheduler;
}

export interface IntelRuntime {
  services: IntelServices;
  suite: DetectorSuite;
  queue: SerialQueue;
  /** Hook for the vessel runtime: every decoded AIS message, after the picture applied it. */
  observeAis(decoded: DecodedAis, picture: VesselPicture): void;
  /** Hook for the event publisher: every event this node committed, matched against the watchlists. */
  onEvents(events: readonly IntelEvent[]): void;
  /** Hook for the ordered event stream: every committed event, this node's and other nodes', once each. */
  onCommitted(events: readonly IntelEvent[]): void;
  /** The request context the detectors and matcher act with (system actor). */
  system: IntelRequestContext;
  reloadAreas(): Promise<void>;
  close(): Promise<void>;
}

const DERIVED_KINDS = new Set(['watchlist_hit', 'vessel_alert', 'cargo_alert']);
/** AIS position (1-3, 18, 19, 27) and static (5, 24) reports: when a vessel with a declared flag is heard. */
const VESSEL_REPORTS: ReadonlySet<number> = new Set([1, 2, 3, 5, 18, 19, 24, 27]);
/** Consignments whose declared carrier flag is loaded at start-up (the newest first). */
const FLAG_DECLARATIONS_AT_START = 5_000;
/** Derived alerts restate their inputs' subjects: only first-hand reports declare flags. */
const firstHand = (events: readonly IntelEvent[]): IntelEvent[] => events.filter((e) => !DERIVED_KINDS.has(e.kind));

/** Watchlists, live matching, detectors and cargo: built once per node by the composition root. */
export async function startIntel(options: IntelOptions): Promise<IntelRuntime> {
  const { ctx } = options;
  const watchlists = createWatchlistRepository(options.db);
  const alerts = createDerivedAlertRepository(options.db);
  const cargo = createCargoRepository(options.db);
  const queue = new SerialQueue(ctx.log);
  const areas = new Map<string, AreaRow>();
  let suite: DetectorSuite | undefined;

  // Groups change rarely; a 10 s cache keeps hit releasability from querying per AIS identity.
  const groupCache = new Map<string, { at: number; groups: ReadonlySet<string> }>();
  const groupsOf = async (agency: string): Promise<ReadonlySet<string>> => {
    const now = ctx.clock.now().getTime();
    const cached = groupCache.get(agency);
    if (cached && now - cached.at < 10_000) return cached.groups;
    const groups = new Set(await ctx.sharingGroups.activeGroupsOf(agency));
    groupCache.set(agency, { at: now, groups });
    return groups;
  };
  const syncGroups = (agency: string): ReadonlySet<string> => groupCache.get(agency)?.groups ?? new Set();

  const flags = createDeclaredFlagWatch({
    queue,
    groupsOf,
    evidence: (mmsi, from, to) => suite?.evidence(mmsi, from, to) ?? { mmsi, points: [] },
    // Called only once AIS flows, after `system` below is defined.
    publish: (draft) => publishAlert({ ctx: system, draft }),
  });
  // Bound below, once the picture and the hit path exist; entries only arrive after start-up has loaded them.
  let entrySweep: EntrySweep | undefined;
  const matcher = new MatcherRuntime({
    fuzzyThreshold: options.fuzzyThreshold,
    hitWindowMs: options.hitWindowMs,
    listener: {
      live(entry, list) {
        flags.entries.live(entry, list);
        entrySweep?.live(toIndexEntry(entry, list));
      },
      gone(entryId) {
        flags.entries.gone(entryId);
        entrySweep?.gone(entryId);
      },
    },
  });

  const reloadAreas = async (): Promise<void> => {
    const rows = await alerts.liveAreas();
    areas.clear();
    for (const row of rows) areas.set(row.id, row);
    suite?.setAreas(rows.map((r) => ({ id: r.id, name: r.name, ring: r.ring })));
  };

  const onRemote = (msg: IntelBroadcast): void => {
    switch (msg.channel) {
      case 'entry':
        if (msg.entry.retiredAt !== null || msg.watchlist.retiredAt !== null) matcher.remove(msg.entry.id);
        else
          queue.push('remote entry', async () => {
            const row = await watchlists.getEntry(msg.entry.id, { agency: msg.watchlist.ownerAgency, groups: [] });
            if (row) matcher.apply(row.entry, row.list);
          });
        return;
      case 'watchlist':
        queue.push('remote watchlist', async () => {
          const list = await watchlists.listById(msg.watchlist.id);
          if (!list) return;
          for (const entry of await watchlists.liveEntriesOf(list.id)) matcher.apply(entry, list);
        });
        return;
      case 'areas':
        queue.push('remote areas', reloadAreas);
        return;
      case 'consignment':
        flags.consignment(msg.consignment);
        return;
      default:
        return;
    }
  };
  const notifier = createIntelNotifier(options.io, options.clustered, onRemote, options.fanout);
  const intelRealtime = {
    ...notifier,
    // Other nodes reload on the broadcast; this node reloads here.
    areasChanged() {
      notifier.areasChanged();
      queue.push('areas', reloadAreas);
    },
    consignmentChanged(consignment: Consignment) {
      notifier.consignmentChanged(consignment);
      flags.consignment(consignment);
    },
  };
  const services: IntelServices = { watchlists, alerts, cargo, matcher, intelRealtime };
  const system: IntelRequestContext = systemContext({ ...ctx, ...services });

  let picture: VesselPicture | undefined;
  const names = {
    nameOf: (mmsi: number) => picture?.get(mmsi)?.name ?? null,
    imoOf: (mmsi: number) => picture?.get(mmsi)?.imo ?? null,
  };
  suite = new DetectorSuite(
    (alert) => {
      queue.push(`detector ${alert.type}`, async () => {
        if (alert.areaId !== null) {
          const area = areas.get(alert.areaId);
          if (area) await groupsOf(area.ownerAgency);
        }
        const draft = draftVesselAlert(alert, names, options.detectionAgency, areas, syncGroups);
        if (draft) await publishAlert({ ctx: system, draft });
      });
    },
    options.thresholds ? { thresholds: options.thresholds } : {},
  );
  await reloadAreas();
  const loaded = await matcher.load(watchlists);
  for (const row of await cargo.withCarrierFlag(FLAG_DECLARATIONS_AT_START)) flags.consignmentRow(row);
  // Oldest first: the registry forgets its oldest declarations when full, so the newest are the ones kept.
  flags.events((await ctx.events.withDeclaredVesselFlag(FLAG_DECLARATIONS_AT_START, [...DERIVED_KINDS])).reverse());
  ctx.log.info(
    { entries: loaded, areas: areas.size, declaredFlags: flags.registry.size },
    'watchlist index, areas of interest and declared flags loaded',
  );

  const vesselHits = (
    identity: { mmsi: number; name: string | null; lat: number; lon: number },
    found: EntryMatch[],
    at: number,
  ): Promise<unknown> => {
    const mmsi = String(identity.mmsi).padStart(9, '0');
    return publishHits({
      ctx: system,
      subject: {
        type: 'vessel',
        id: mmsi,
        label: `${identity.name ?? 'unknown'} (${mmsi})`,
        // AIS is open data: GREEN, owned for this purpose by whoever owns the list (so only the list restricts).
        releasable: {
          ownerAgency: found[0]?.entry.releasability.ownerAgency ?? options.detectionAgency,
          tlp: 'GREEN',
          recipients: [],
          sharingGroups: [],
        },
        position: Number.isFinite(identity.lat) ? { lat: identity.lat, lon: identity.lon } : null,
        mmsis: [mmsi],
        subjects: { vessels: [{ mmsi, ...(identity.name ? { name: identity.name } : {}) }] },
      },
      found,
      nowMs: at,
      groupsOf,
    });
  };
  const observer = createAisObserver(suite, (identity) => {
    if (matcher.index.size === 0) return;
    const mmsi = String(identity.mmsi).padStart(9, '0');
    const found = matcher.index.matchVessel(
      {
        mmsi,
        imo: identity.imo === null ? null : String(identity.imo),
        name: identity.name,
        callSign: identity.callSign,
      },
      identity.at,
    );
    if (found.length === 0) return;
    queue.push('ais watchlist hit', () => vesselHits(identity, found, identity.at));
  });
  entrySweep = createEntrySweep({
    queue,
    now: () => sweepTime(),
    match: { fuzzyThreshold: options.fuzzyThreshold },
    *vessels() {
      for (const mmsi of observer.heard()) {
        const v = picture?.get(mmsi);
        // Forgotten by the picture: drop its identity too, so the map does not grow with every MMSI ever heard.
        if (!v) observer.forget(mmsi);
        else if (v.status !== 'lost') yield v;
      }
    },
    hits: (v, found) => vesselHits(v, found, sweepTime()),
  });

  // Sweeps run at the latest message time when a feed's tag-block clock runs ahead of ours (an accelerated
  // demo, a replayed log), bounded to a day ahead so one bogus timestamp cannot age the whole picture.
  let latestAt = 0;
  const sweepTime = (): number => {
    const now = ctx.clock.now().getTime();
    return latestAt > now && latestAt - now < 24 * 3_600_000 ? latestAt : now;
  };
  const scheduler = options.scheduler ?? systemScheduler;
  const sweep = scheduler.setInterval(() => suite?.sweep(sweepTime()), options.sweepMs ?? 5_000).unref();

  return {
    services,
    suite,
    queue,
    system,
    reloadAreas,
    observeAis(decoded, p) {
      picture = p;
      const at = timeOf(decoded);
      if (at > latestAt) latestAt = at;
      observer(decoded, p);
      const msg = decoded.message;
      if (flags.registry.size > 0 && VESSEL_REPORTS.has(msg.type)) flags.heard(msg.mmsi, p.get(msg.mmsi), at);
    },
    onCommitted(events) {
      flags.events(firstHand(events));
    },
    onEvents(events) {
      if (matcher.index.size === 0) return;
      for (const event of events) {
        if (DERIVED_KINDS.has(event.kind)) continue;
        const found = matcher.matchSubjects(event.subjects, Date.parse(event.receivedAt));
        if (found.length === 0) continue;
        queue.push('event watchlist hit', () =>
          publishHits({
            ctx: system,
            subject: {
              type: 'event',
              id: event.id,
              label: `"${event.title}"`,
              releasable: {
                ownerAgency: event.ownerAgency,
                tlp: event.releasability.tlp as Tlp,
                recipients: event.releasability.recipients,
                sharingGroups: event.releasability.sharingGroups,
              },
              position: event.position,
              mmsis: event.subjects.vessels.flatMap((v) => (v.mmsi ? [v.mmsi] : [])),
            },
            found,
            nowMs: Date.parse(event.receivedAt),
            groupsOf,
          }),
        );
      }
    },
    async close() {
      scheduler.clear(sweep);
      await queue.drained();
    },
  };
}
