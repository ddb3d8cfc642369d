import { CONSIGNMENT_CSV_COLUMNS, Releasability } from '@tidewatch/contracts';
import type { RequestContext } from '../context.ts';
import { ServiceError, validationError } from '../errors.ts';
import { headerIndex, parseCsv } from '../csv/csv.ts';
import type { RawConsignment } from './ingest-consignments.ts';

const list = (s: string | undefined): string[] =>
  s
    ? s
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
const num = (s: string | undefined): number | undefined => (s ? Number(s) : undefined);

/**
 * CSV records to consignment inputs. The releasability of the whole file comes from the query string
 * (`tlp`, `recipients`, `sharingGroups`, comma-separated), the owner from the actor.
 */
export function consignmentsFromCsv(ctx: RequestContext, csv: string, query: Record<string, string>): RawConsignment[] {
  const rel = Releasability.safeParse({
    tlp: query.tlp,
    recipients: query.recipients ? query.recipients.split(',').filter(Boolean) : [],
    sharingGroups: query.sharingGroups ? query.sharingGroups.split(',').filter(Boolean) : [],
  });
  if (!rel.success) throw validationError(rel.error, 'releasability (query tlp, recipients, sharingGroups)');
  const [header, ...rows] = parseCsv(csv);
  if (!header) throw new ServiceError('unprocessable', 'the CSV is empty; the first line names the columns');
  const { index, problems } = headerIndex(header.cells, CONSIGNMENT_CSV_COLUMNS);
  if (problems.length > 0)
    throw new ServiceError(
      'unprocessable',
      `line 1: ${problems.join('; ')}`,
      problems.map((message) => ({ path: 'line 1', message })),
    );
  return rows.map((row) => {
    const cell = (name: (typeof CONSIGNMENT_CSV_COLUMNS)[number]): string | undefined => {
      const i = index.get(name);
      const v = i === undefined ? undefined : row.cells[i]?.trim();
      return v === '' ? undefined : v;
    };
    const party = (name: string | undefined, country: string | undefined) =>
      name ? { name, ...(country ? { country } : {}) } : undefined;
    const value = {
      billOfLading: cell('bill_of_lading'),
      ownerAgency: ctx.actor.agency,
      releasability: rel.data,
      containers: list(cell('containers')),
      shipper: party(cell('shipper'), cell('shipper_country')),
      consignee: party(cell('consignee'), cell('consignee_country')),
      ...(cell('notify_party') ? { notifyParty: { name: cell('notify_party') } } : {}),
      hsCodes: list(cell('hs_codes')),
      goodsDescription: cell('goods_description'),
      ...(cell('package_count')
        ? { packages: { count: num(cell('package_count')), kind: cell('package_kind') ?? 'packages' } }
        : {}),
      ...(cell('gross_weight_kg') ? { grossWeightKg: num(cell('gross_weight_kg')) } : {}),
      originLocode: cell('origin'),
      transshipmentLocodes: list(cell('transshipment')),
      destinationLocode: cell('destination'),
      carrier: {
        ...(cell('carrier_imo') ? { imo: cell('carrier_imo') } : {}),
        ...(cell('carrier_mmsi') ? { mmsi: cell('carrier_mmsi') } : {}),
        ...(cell('carrier_name') ? { name: cell('carrier_name') } : {}),
        ...(cell('carrier_flag') ? { flag: cell('carrier_flag') } : {}),
      },
      ...(cell('voyage') ? { voyage: cell('voyage') } : {}),
      ...(cell('etd') ? { etd: cell('etd') } : {}),
      ...(cell('eta') ? { eta: cell('eta') } : {}),
    };
    return { line: row.line, value };
  });
}
