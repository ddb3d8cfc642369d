import { isValidImo } from '@tidewatch/ais';
import {
  isValidContainerNumber,
  type RiskAssessment,
  type RiskFactor,
  type SelectivityLane,
} from '@tidewatch/contracts';
import {
  CARIBBEAN_COUNTRIES,
  COCAINE_SOURCE_COUNTRIES,
  CONCEALMENT_COVER,
  DESCRIPTION_CLASSES,
  FLORIDA_PORTS,
  LANE_THRESHOLDS,
  PERISHABLE_CHAPTERS,
  WEIGHTS,
} from './risk-rules.ts';

export interface ConsignmentFacts {
  containers: readonly string[];
  hsCodes: readonly string[];
  goodsDescription: string;
  packagesKind: string | null;
  originLocode: string;
  transshipmentLocodes: readonly string[];
  destinationLocode: string;
  carrierImo: string | null;
  carrierMmsi: string | null;
}

export interface HitFact {
  /** The hit alert's id (for drill-down). */
  ref: string;
  watchlist: string;
  field: string;
  how: 'exact' | 'normalised' | 'fuzzy';
  score: number;
  value: string;
}

export interface BehaviourFact {
  ref: string;
  type: 'ais_gap' | 'encounter' | 'loitering' | 'identity_anomaly' | 'impossible_movement';
  summary: string;
}

const chapter = (hs: string): string => hs.replace(/\D/g, '').slice(0, 2);
const country = (locode: string): string => locode.slice(0, 2);

/**
 * Risk score of a consignment with every factor explained, and the suggested selectivity lane. Pure: facts in,
 * assessment out (time is passed in for the stamp). The carrier's AIS behaviour between origin and
 * destination (gaps, encounters, loitering) is scored next to the manifest checks.
 */
export function assessRisk({
  facts,
  hits,
  behaviour,
  now,
}: {
  facts: ConsignmentFacts;
  hits: readonly HitFact[];
  behaviour: readonly BehaviourFact[];
  now: Date;
}): RiskAssessment {
  const factors: RiskFactor[] = [];
  const add = (code: RiskFactor['code'], points: number, explanation: string, refs: string[] = []) =>
    factors.push({ code, points, explanation, refs });

  // Watchlist hits: strongest first, capped so one list cannot decide alone.
  let hitPoints = 0;
  for (const h of [...hits].sort((a, b) => b.score - a.score)) {
    const points = Math.min(
      h.how === 'fuzzy' ? WEIGHTS.watchlistFuzzy : WEIGHTS.watchlistExact,
      WEIGHTS.watchlistCap - hitPoints,
    );
    if (points <= 0) break;
    hitPoints += points;
    add(
      'watchlist_hit',
      points,
      `${h.field} "${h.value}" is on watchlist ${h.watchlist} (${h.how}${h.how === 'fuzzy' ? `, similarity ${h.score}` : ''})`,
      [h.ref],
    );
  }

  const chapters = new Set(facts.hsCodes.map(chapter));
  const route = [facts.originLocode, ...facts.transshipmentLocodes];
  const fromFlorida = route.some((l) => FLORIDA_PORTS.has(l));
  const toCaribbean = CARIBBEAN_COUNTRIES.has(country(facts.destinationLocode));
  if (chapters.has('93') && fromFlorida && toCaribbean) {
    add(
      'high_risk_route',
      WEIGHTS.firearmsSouthbound,
      `arms or ammunition (HS 93) southbound from a Florida port (${route.filter((l) => FLORIDA_PORTS.has(l)).join(', ')}) to ${facts.destinationLocode}: the main firearms trafficking route into the Caribbean`,
    );
  }
  const viaCocaineSource = route.some((l) => COCAINE_SOURCE_COUNTRIES.has(country(l)));
  if (
    viaCocaineSource &&
    [...chapters].some((c) => PERISHABLE_CHAPTERS.has(c)) &&
    !COCAINE_SOURCE_COUNTRIES.has(country(facts.destinationLocode))
  ) {
    add(
      'high_risk_route',
      WEIGHTS.cocaineRoute,
      `perishables from or via a cocaine source country (${route.filter((l) => COCAINE_SOURCE_COUNTRIES.has(country(l))).join(', ')}) northbound to ${facts.destinationLocode}`,
    );
  }
  const cover = `${facts.goodsDescription} ${facts.packagesKind ?? ''}`;
  if (fromFlorida && toCaribbean && !chapters.has('93') && CONCEALMENT_COVER.test(cover)) {
    const what = cover.match(CONCEALMENT_COVER)?.[0] ?? 'household goods';
    add(
      'concealment_pattern',
      WEIGHTS.concealment,
      `"${what}" from a Florida port to ${facts.destinationLocode}: the barrel-shipment cover used for firearms and ammunition`,
    );
  }

  // HS code against description: a description class none of whose chapters was declared.
  const classes = DESCRIPTION_CLASSES.filter((c) => c.pattern.test(facts.goodsDescription));
  const mismatched = classes.filter((c) => !c.chapters.some((ch) => chapters.has(ch)));
  if (mismatched.length > 0) {
    add(
      'hs_description_mismatch',
      WEIGHTS.hsMismatch,
      `described as ${mismatched.map((c) => c.label).join(' and ')} but declared under HS ${facts.hsCodes.join(', ')}`,
    );
  } else if (chapters.has('93') && classes.length > 0 && !classes.some((c) => c.chapters.includes('93'))) {
    add(
      'hs_description_mismatch',
      WEIGHTS.hsMismatch,
      `declared under HS 93 (arms) but described as ${classes.map((c) => c.label).join(' and ')}`,
    );
  }

  const badContainers = facts.containers.filter((c) => !isValidContainerNumber(c));
  if (badContainers.length > 0) {
    add(
      'container_check_digit',
      Math.min(WEIGHTS.containerCheckDigitCap, WEIGHTS.containerCheckDigit * badContainers.length),
      `container number${badContainers.length > 1 ? 's' : ''} ${badContainers.join(', ')} fail${badContainers.length > 1 ? '' : 's'} the ISO 6346 check digit`,
    );
  }
  if (facts.carrierImo && !isValidImo(facts.carrierImo))
    add('imo_check_digit', WEIGHTS.imoCheckDigit, `carrier IMO ${facts.carrierImo} fails its check digit`);
  if (!facts.carrierImo && !facts.carrierMmsi)
    add(
      'unknown_carrier',
      WEIGHTS.unknownCarrier,
      'no carrier vessel identified (IMO or MMSI): its voyage cannot be checked',
    );

  const behaviourWeights: Record<BehaviourFact['type'], [RiskFactor['code'], number, string]> = {
    ais_gap: ['vessel_ais_gap', WEIGHTS.aisGap, 'went dark on AIS'],
    encounter: ['vessel_encounter', WEIGHTS.encounter, 'met another vessel at sea'],
    loitering: ['vessel_loitering', WEIGHTS.loitering, 'loitered at sea'],
    identity_anomaly: ['vessel_identity', WEIGHTS.identity, 'showed an identity anomaly'],
    impossible_movement: [
      'vessel_identity',
      WEIGHTS.impossibleMovement,
      'reported impossible movement (spoofing or shared MMSI)',
    ],
  };
  for (const type of Object.keys(behaviourWeights) as BehaviourFact['type'][]) {
    const found = behaviour.filter((b) => b.type === type);
    if (found.length === 0) continue;
    const [code, points, what] = behaviourWeights[type];
    add(
      code,
      points,
      `carrier vessel ${what} during the voyage: ${found
        .map((b) => b.summary)
        .slice(0, 3)
        .join('; ')}`,
      found.map((b) => b.ref),
    );
  }

  const score = Math.min(100, Math.round(factors.reduce((sum, f) => sum + f.points, 0)));
  const lane: SelectivityLane =
    score >= LANE_THRESHOLDS.red ? 'red' : score >= LANE_THRESHOLDS.yellow ? 'yellow' : 'green';
  factors.sort((a, b) => b.points - a.points);
  return { score, lane, factors, assessedAt: now.toISOString() };
}
