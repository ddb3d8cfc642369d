import {
  BERTH_SERVICES,
  type ApplicationPayload,
  type MetHydro236,
  type MetHydro289,
  type PartialTime,
  type TidalWindow,
} from '../messages/applications/types.ts';
import {
  berthPositionText,
  emmaClassText,
  emmaTypeText,
  emmaWindText,
  hazardText,
  iceText,
  idTypeText,
  inlandShipTypeText,
  lightText,
  loadedText,
  precipText,
  raconText,
  routeTypeText,
  rtaStatusText,
  signalDirectionText,
  signalStatusText,
  signalText,
  trendText,
} from './application-legends.ts';
import { JsonLine } from './json-line.ts';

/** Positions in 1/1000 minute (IMO 236/289 applications); gpsd also uses it for IMO 236 FI 14. */
const MIN_1000 = 60_000;
/** Positions in 1/10000 minute (routes, Inland AIS). */
const MIN_10000 = 600_000;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
/** gpsd's "%02u-%02uT%02u:%02uZ". */
const paddedTime = (t: PartialTime): string => `${pad2(t.month)}-${pad2(t.day)}T${pad2(t.hour)}:${pad2(t.minute)}Z`;
/** gpsd's unpadded "%u-%uT%u:%u" (Inland ETA/RTA, berthing data). */
const bareTime = (t: PartialTime): string => `${t.month}-${t.day}T${t.hour}:${t.minute}`;

function position(j: JsonLine, lon: number, lat: number, div: number, scaled: boolean, names = ['lon', 'lat']): void {
  const [lonName = 'lon', latName = 'lat'] = names;
  if (scaled) j.fixed(lonName, lon / div, 6).fixed(latName, lat / div, 6);
  else j.num(lonName, lon).num(latName, lat);
}

/** A value in tenths: "%.1f" of raw / 10 when scaled, the raw integer otherwise. */
function tenths(j: JsonLine, name: string, raw: number, scaled: boolean, offset = 0): void {
  if (scaled) j.fixed(name, (raw - offset) / 10, 1);
  else j.num(name, raw);
}

const CURRENTS_AND_WAVES = [
  ['cspeed', true],
  ['cdir', false],
  ['cspeed2', true],
  ['cdir2', false],
  ['cdepth2', false],
  ['cspeed3', true],
  ['cdir3', false],
  ['cdepth3', false],
  ['waveheight', true],
  ['waveperiod', false],
  ['wavedir', false],
  ['swellheight', true],
  ['swellperiod', false],
  ['swelldir', false],
  ['seastate', false],
] as const;

function metHydro(j: JsonLine, m: MetHydro236 | MetHydro289, scaled: boolean): void {
  const imo289 = m.kind === 'met-hydro-289';
  if (scaled) j.fixed('lat', m.lat / MIN_1000, 6).fixed('lon', m.lon / MIN_1000, 6);
  else j.num('lat', m.lat).num('lon', m.lon);
  if (imo289) j.bool('accuracy', m.accuracy);
  j.str('timestamp', `${pad2(m.day)}T${pad2(m.hour)}:${pad2(m.minute)}Z`);
  j.num('wspeed', m.wspeed).num('wgust', m.wgust).num('wdir', m.wdir).num('wgustdir', m.wgustdir);
  j.num('humidity', m.humidity);
  tenths(j, 'airtemp', m.airtemp, scaled, imo289 ? 0 : 600);
  tenths(j, 'dewpoint', m.dewpoint, scaled, imo289 ? 0 : 200);
  j.num('pressure', scaled ? m.pressure + (imo289 ? 799 : 800) : m.pressure);
  if (scaled) j.str('pressuretend', trendText(m.pressuretend));
  else j.num('pressuretend', m.pressuretend);
  if (imo289) j.bool('visgreater', m.visgreater);
  tenths(j, 'visibility', m.visibility, scaled);
  if (!scaled) j.num('waterlevel', m.waterlevel);
  else if (imo289) j.fixed('waterlevel', (m.waterlevel - 1000) / 100, 1);
  else j.fixed('waterlevel', (m.waterlevel - 100) / 10, 1);
  if (scaled) j.str('leveltrend', trendText(m.leveltrend));
  else j.num('leveltrend', m.leveltrend);
  for (const [name, inTenths] of CURRENTS_AND_WAVES) {
    if (inTenths) tenths(j, name, m[name], scaled);
    else j.num(name, m[name]);
  }
  tenths(j, 'watertemp', m.watertemp, scaled, imo289 ? 0 : 100);
  if (imo289 && scaled) {
    j.str('preciptype', precipText(m.preciptype));
    tenths(j, 'salinity', m.salinity, true);
    j.str('ice', iceText(m.ice));
  } else if (imo289) {
    j.num('preciptype', m.preciptype).num('salinity', m.salinity).num('ice', m.ice);
  } else {
    j.num('preciptype', m.preciptype).str('preciptype_text', precipText(m.preciptype));
    tenths(j, 'salinity', m.salinity, scaled);
    j.num('ice', m.ice).str('ice_text', iceText(m.ice));
  }
}

function tidalWindow(j: JsonLine, m: TidalWindow, scaled: boolean): void {
  j.num('month', m.month).num('day', m.day);
  const tidals = m.tidals.map((t) => {
    const e = new JsonLine();
    position(e, t.lon, t.lat, MIN_1000, scaled);
    e.num('from_hour', t.fromHour).num('from_min', t.fromMin).num('to_hour', t.toHour).num('to_min', t.toMin);
    e.num('cdir', t.cdir);
    tenths(e, 'cspeed', t.cspeed, scaled);
    return e;
  });
  j.array('tidals', tidals);
}

/**
 * Writes a decoded application payload's fields after gpsd's dac/fid, in gpsd's names, order and
 * formats. Returns false for what gpsd prints as raw data (area notices: gpsd does not decode them).
 */
export function applicationJson(j: JsonLine, p: ApplicationPayload, scaled: boolean): boolean {
  switch (p.kind) {
    case 'met-hydro-236':
    case 'met-hydro-289':
      metHydro(j, p, scaled);
      return true;
    case 'inland-static':
      j.str('vin', p.vin).num('length', p.length).num('beam', p.beam);
      j.num('shiptype', p.shiptype).str('shiptype_text', inlandShipTypeText(p.shiptype));
      j.num('hazard', p.hazard).str('hazard_text', hazardText(p.hazard)).num('draught', p.draught);
      j.num('loaded', p.loaded).str('loaded_text', loadedText(p.loaded));
      j.bool('speed_q', p.speedQ).bool('course_q', p.courseQ).bool('heading_q', p.headingQ);
      return true;
    case 'inland-eta':
    case 'inland-rta':
      j.str('country', p.country).str('locode', p.locode).str('section', p.section);
      j.str('terminal', p.terminal).str('hectometre', p.hectometre).str('eta', bareTime(p));
      if (p.kind === 'inland-eta') j.num('tugs', p.tugs).num('airdraught', p.airdraught);
      else j.num('status', p.status).str('status_text', rtaStatusText(p.status));
      return true;
    case 'inland-emma': {
      // gpsd passes these fields to its format in the wrong order (hour where the day goes); we print
      // the date as the standard sends it.
      const date = (y: number, mo: number, d: number, h: number, mi: number) =>
        `${String(y + 2000).padStart(4, ' ')}-${pad2(mo)}-${pad2(d)}T${pad2(h)}:${pad2(mi)}`;
      j.str('start', date(p.startYear, p.startMonth, p.startDay, p.startHour, p.startMinute));
      j.str('end', date(p.endYear, p.endMonth, p.endDay, p.endHour, p.endMinute));
      position(j, p.startLon, p.startLat, MIN_10000, scaled, ['start_lon', 'start_lat']);
      position(j, p.endLon, p.endLat, MIN_10000, scaled, ['end_lon', 'end_lat']);
      j.num('type', p.type).str('type_text', emmaTypeText(p.type)).num('min', p.min).num('max', p.max);
      j.num('class', p.intensity).str('class_text', emmaClassText(p.intensity));
      j.num('wind', p.wind).str('wind_text', emmaWindText(p.wind));
      return true;
    }
    case 'inland-water-level':
      j.str('country', p.country);
      j.array(
        'gauges',
        p.gauges.map((g) => new JsonLine().num('id', g.id).num('level', g.level)),
      );
      return true;
    case 'inland-signal':
      position(j, p.lon, p.lat, MIN_10000, scaled);
      j.num('form', p.form).num('facing', p.facing);
      j.num('direction', p.direction).str('direction_text', signalDirectionText(p.direction));
      j.num('status', p.status).str('status_text', signalStatusText(p.status));
      return true;
    case 'inland-persons':
      j.num('crew', p.crew).num('passengers', p.passengers).num('personnel', p.personnel);
      return true;
    case 'aton-monitoring':
      j.bool('off_pos', p.offPos).bool('alarm', p.alarm).num('stat_ext', p.statExt);
      for (const [name, raw] of [
        ['ana_int', p.anaInt],
        ['ana_ext1', p.anaExt1],
        ['ana_ext2', p.anaExt2],
      ] as const) {
        // gpsd scales to volts only non-zero values
        if (scaled && raw !== 0) j.fixed(name, raw * 0.05, 2);
        else j.num(name, raw);
      }
      j.num('racon', p.racon).str('racon_text', raconText(p.racon));
      j.num('light', p.light).str('light_text', lightText(p.light));
      return true;
    case 'dangerous-cargo-236':
      j.str('lastport', p.lastport).str('departure', paddedTime(p.departure));
      j.str('nextport', p.nextport).str('eta', paddedTime(p.eta));
      j.str('dangerous', p.dangerous).str('imdcat', p.imdcat);
      j.num('unid', p.unid).num('amount', p.amount).num('unit', p.unit);
      return true;
    case 'fairway-closed':
      j.str('reason', p.reason).str('closefrom', p.closefrom).str('closeto', p.closeto);
      j.num('radius', p.radius).num('extunit', p.extunit);
      j.str('from', paddedTime(p.from).slice(0, -1)).str('to', paddedTime(p.to).slice(0, -1));
      return true;
    case 'tidal-window-236':
    case 'tidal-window-289':
      tidalWindow(j, p, scaled);
      return true;
    case 'air-draught':
      j.num('airdraught', p.airdraught);
      return true;
    case 'persons-on-board':
      j.num('persons', p.persons);
      return true;
    case 'vts-targets':
      j.array(
        'targets',
        p.targets.map((t) => {
          const e = new JsonLine().num('idtype', t.idtype).str('idtype_text', idTypeText(t.idtype));
          e.str(idTypeText(t.idtype), t.id);
          if (scaled) e.fixed('lat', t.lat / MIN_1000, 6).fixed('lon', t.lon / MIN_1000, 6);
          else e.num('lat', t.lat).num('lon', t.lon);
          return e.num('course', t.course).num('second', t.second).num('speed', t.speed);
        }),
      );
      return true;
    case 'clearance-time':
      j.num('linkage', p.linkage).str('arrival', paddedTime(p));
      j.str('portname', p.portname).str('destination', p.destination);
      position(j, p.lon, p.lat, MIN_1000, scaled);
      return true;
    case 'marine-traffic-signal':
      j.num('linkage', p.linkage).str('station', p.station);
      position(j, p.lon, p.lat, MIN_1000, scaled);
      j.num('status', p.status).num('signal', p.signal).str('signal_text', signalText(p.signal));
      j.num('hour', p.hour).num('minute', p.minute);
      j.num('nextsignal', p.nextsignal).str('nextsignal_text', signalText(p.nextsignal));
      return true;
    case 'berthing-data':
      j.num('linkage', p.linkage).num('berth_length', p.berthLength);
      j.num('position', p.position).str('position_text', berthPositionText(p.position));
      j.str('arrival', bareTime(p)).num('availability', p.availability);
      BERTH_SERVICES.forEach((name, i) => {
        j.num(name, p.services[i] ?? 0);
      });
      j.str('berth_name', p.berthName);
      position(j, p.berthLon, p.berthLat, MIN_1000, scaled, ['berth_lon', 'berth_lat']);
      tenths(j, 'berth_depth', p.berthDepth, scaled);
      return true;
    case 'dangerous-cargo-289':
      j.num('unit', p.unit).num('amount', p.amount);
      j.array(
        'cargos',
        p.cargos.map((c) => new JsonLine().num('code', c.code).num('subtype', c.subtype)),
      );
      return true;
    case 'route-information':
      j.num('linkage', p.linkage).num('sender', p.sender);
      j.num('rtype', p.rtype).str('rtype_text', routeTypeText(p.rtype));
      j.str('start', paddedTime(p)).num('duration', p.duration);
      j.array(
        'waypoints',
        p.waypoints.map((w) => {
          const e = new JsonLine();
          position(e, w.lon, w.lat, MIN_10000, scaled);
          return e;
        }),
      );
      return true;
    case 'text-description':
      j.num('linkage', p.linkage).str('text', p.text);
      return true;
    case 'area-notice':
      return false;
  }
}
