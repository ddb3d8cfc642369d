import { sql, type SQL } from '@tidewatch/db';

/**
 * A deterministic synthetic event table made inside the database (INSERT ... SELECT over generate_series,
 * with hashint4 as the random source), so 1,000,000 rows load without shipping them from Node: the same
 * statement serves PostgreSQL and PGlite. About 3 in 8 events are seizures, spread over three years
 * (2024-2026), over six agencies, 40 places, every TLP level with recipients and a sharing group.
 */
const PLACES = [
  'JMKIN',
  'JMMBJ',
  'JMOCJ',
  'JMPTM',
  'JMLUC',
  'USPEF',
  'USMIA',
  'USJAX',
  'USTPA',
  'USSJU',
  'HTPAP',
  'HTCAP',
  'DOSDQ',
  'DOPOP',
  'BSNAS',
  'BSFPO',
  'TTPOS',
  'BBBGI',
  'CWWIL',
  'PAONX',
  'PABLB',
  'COBAQ',
  'COCTG',
  'VEPBL',
  'HNPCR',
  'GTPBR',
  'BZBZE',
  'KYGEC',
  'TCGDT',
  'AGSJO',
  'LCCAS',
  'VCKTN',
  'GDSTG',
  'KNBAS',
  'DMRSU',
  'Pedro Bank',
  'Morant Cays',
  'Windward Passage',
  'Jamaica Channel',
  'Navassa',
];
const ORIGINS = ['USPEF', 'USMIA', 'COCTG', 'VEPBL', 'HTPAP'];
const DESTINATIONS = ['JMKIN', 'JMMBJ', 'BSNAS', 'USMIA', 'TTPOS'];

const textArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;

export const BENCH_AGENCIES = ['JCA', 'JCF', 'JDFCG', 'CBP', 'USCG', 'IMPACS'];

export function agenciesSql(): SQL {
  return sql.raw(
    `INSERT INTO agencies (code, name, country) VALUES ${BENCH_AGENCIES.map((c) => `('${c}', '${c}', 'JM')`).join(',')} ON CONFLICT DO NOTHING`,
  );
}

/** Inserts events with seq in [first, last]. */
export function syntheticEventsSql(first: number, last: number): SQL {
  return sql.raw(`
INSERT INTO events (id, seq, kind, title, summary, occurred_at, reported_at, received_at, lat, lon, place, owner_agency, tlp, recipients,
  sharing_groups, severity, subjects, seizure, status)
SELECT 'bench-' || g, g, kind, kind || ' ' || g, '', at, at, at,
  10 + (h6 % 1600) / 100.0, -88 + (h7 % 3000) / 100.0,
  (${textArray(PLACES)})[1 + h6 % ${PLACES.length}],
  (${textArray(BENCH_AGENCIES)})[1 + h5 % 6],
  tlp,
  CASE WHEN tlp IN ('CLEAR', 'GREEN') THEN '{}'::text[] ELSE (CASE h5 % 4 WHEN 0 THEN ARRAY['CBP'] WHEN 1 THEN ARRAY['JCA', 'USCG'] WHEN 2 THEN '{}'::text[] ELSE ARRAY['JCF'] END) END,
  CASE WHEN tlp IN ('AMBER', 'AMBER+STRICT') AND h3 % 3 = 0 THEN ARRAY['jca-cbp-cmaa'] ELSE '{}'::text[] END,
  1 + h2 % 5,
  '{"vessels":[],"containers":[],"organisations":[],"persons":[]}'::jsonb,
  CASE WHEN kind = 'seizure' THEN
    jsonb_build_object('commodity', (ARRAY['firearms','ammunition','cocaine','cannabis','cash','other'])[1 + h3 % 6], 'quantity', 1 + h3 % 100,
      'unit', 'items', 'estimatedValueUsd', h3 % 100000)
    || CASE WHEN h3 % 5 = 0 THEN jsonb_build_object('origin', (${textArray(ORIGINS)})[1 + h7 % 5], 'destination', (${textArray(DESTINATIONS)})[1 + h6 % 5]) ELSE '{}'::jsonb END
  END,
  (ARRAY['new','triaged','actioned','closed'])[1 + h % 4]
FROM (
  SELECT g, h, h2, h3, h5, h6, h7,
    (ARRAY['seizure','seizure','seizure','interdiction','sighting_report','vessel_alert','cargo_alert','watchlist_hit'])[1 + h % 8] AS kind,
    (ARRAY['CLEAR','GREEN','GREEN','GREEN','AMBER','AMBER','AMBER','AMBER+STRICT','RED','RED'])[1 + h4 % 10] AS tlp,
    timestamptz '2024-01-01 00:00:00+00' + (h2 % (3 * 365 * 86400)) * interval '1 second' AS at
  FROM (
    SELECT g, abs(hashint4(g)) AS h, abs(hashint4(g * 7 + 1)) AS h2, abs(hashint4(g * 13 + 5)) AS h3, abs(hashint4(g * 17 + 3)) AS h4,
      abs(hashint4(g * 19 + 11)) AS h5, abs(hashint4(g * 23 + 2)) AS h6, abs(hashint4(g * 29 + 7)) AS h7
    FROM generate_series(${first}, ${last}) AS g
  ) AS r
) AS s`);
}
