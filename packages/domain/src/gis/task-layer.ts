import type { Task, Tlp, Unit } from '@tidewatch/contracts';
import { stricterTlp } from '../releasability/policy.ts';
import { splitLineAtAntimeridian } from './antimeridian.ts';
import { layerTlp, type GisFeature, type GisGeometry } from './layer.ts';
import type { GisLayer } from './layer.ts';

interface TimedFix {
  lon: number;
  lat: number;
  atMs: number;
}

/** Two timed points as a track (cut at the antimeridian when the leg crosses it), or nothing if degenerate. */
function leg(from: TimedFix, to: TimedFix): GisGeometry | null {
  const parts = splitLineAtAntimeridian([from, to])
    .filter((part) => part.length >= 2)
    .map((part) => ({
      coordinates: part.map((p): [number, number] => [p.lon, p.lat]),
      timesMs: part.map((p) => p.atMs),
    }));
  return parts.length === 0 ? null : { type: 'TimedLines', parts };
}

/**
 * A task with its intercept as GIS features (issue 16 §4, GIS-7): the unit where it is, the target where it was
 * last seen, and, when an intercept is possible, the meeting point at the ETA with both legs to it (each vertex
 * timed: the unit and target now, both at the meeting point at the ETA). The unit carries the unit's label, the
 * target the target's; the meeting point and the legs disclose both, so they carry the stricter of the two,
 * and so does the document, whatever it holds (the task itself says who is tasked to what).
 */
export function taskLayer(
  task: Task,
  unit: Pick<Unit, 'callSign' | 'ownerAgency' | 'type' | 'position'> & { tlp: Tlp },
  targetTlp: Tlp,
  generatedAtMs: number,
): GisLayer {
  const both = stricterTlp(unit.tlp, targetTlp);
  const common = { taskId: task.id, state: task.state, unit: task.unitCallSign, target: task.targetLabel };
  const features: GisFeature[] = [];
  const unitAt = unit.position
    ? { lon: unit.position.lon, lat: unit.position.lat, atMs: Date.parse(unit.position.at) }
    : null;
  const target = task.targetPosition;
  const targetAt = target ? { lon: target.lon, lat: target.lat, atMs: Date.parse(target.at) } : null;
  if (unitAt)
    features.push({
      name: `${unit.callSign} (${unit.ownerAgency})`,
      geometry: { type: 'Point', coordinates: [unitAt.lon, unitAt.lat] },
      whenMs: unitAt.atMs,
      tlp: unit.tlp,
      properties: { ...common, role: 'unit', agency: unit.ownerAgency, unitType: unit.type, tlp: unit.tlp },
    });
  if (targetAt && target)
    features.push({
      name: task.targetLabel,
      geometry: { type: 'Point', coordinates: [targetAt.lon, targetAt.lat] },
      whenMs: targetAt.atMs,
      tlp: targetTlp,
      properties: {
        ...common,
        role: 'target',
        targetType: task.targetType,
        targetId: task.targetId,
        courseDeg: target.courseDeg,
        speedKn: target.speedKn,
        tlp: targetTlp,
      },
    });
  const intercept = task.intercept;
  if (intercept.possible) {
    const meetAt = { lon: intercept.lon, lat: intercept.lat, atMs: Date.parse(intercept.eta) };
    const shared = {
      ...common,
      eta: intercept.eta,
      courseDeg: intercept.courseDeg,
      distanceNm: intercept.distanceNm,
      tlp: both,
    };
    features.push({
      name: `Intercept ${task.unitCallSign} / ${task.targetLabel}`,
      geometry: { type: 'Point', coordinates: [meetAt.lon, meetAt.lat] },
      whenMs: meetAt.atMs,
      tlp: both,
      properties: { ...shared, role: 'intercept' },
    });
    const legs: Array<[string, TimedFix | null]> = [
      ['unit leg', unitAt && { ...unitAt, atMs: Date.parse(intercept.computedAt) }],
      ['target leg', targetAt && { ...targetAt, atMs: Date.parse(intercept.computedAt) }],
    ];
    for (const [role, from] of legs) {
      const geometry = from ? leg(from, meetAt) : null;
      if (geometry)
        features.push({ name: `${task.unitCallSign}: ${role}`, geometry, tlp: both, properties: { ...shared, role } });
    }
  }
  return {
    title: `Tidewatch task ${task.unitCallSign} to ${task.targetLabel}`,
    tlp: layerTlp(features, both),
    generatedAtMs,
    features,
    // Said in the file: an intercept that cannot be computed is an answer too (OPSU-7).
    notes: intercept.possible ? { state: task.state } : { state: task.state, interceptImpossible: intercept.reason },
  };
}
