/**
 * The demo agencies and the sharing groups that bind them. Groups mirror real arrangements (a customs mutual
 * assistance agreement, a national joint-operations cell, the US-Jamaica shiprider agreement, the regional
 * fusion community) because releasability in the demo must look like what the partners actually sign.
 */

export type AgencyRole = 'customs' | 'police' | 'coast_guard' | 'fusion_centre';

export interface Agency {
  /** Matches the contract's AgencyCode pattern. */
  code: string;
  name: string;
  /** ISO 3166-1 alpha-2 of the seat; IMPACS is regional but seated in Port of Spain. */
  country: string;
  role: AgencyRole;
  description: string;
  /** Map and badge colour; distinct in hue so agencies stay apart on a dark wall display. */
  colour: string;
}

export const AGENCIES = [
  {
    code: 'JCA',
    name: 'Jamaica Customs Agency',
    country: 'JM',
    role: 'customs',
    description:
      'Border revenue and enforcement at Jamaican seaports and airports; cargo examination, targeting and seizures.',
    colour: '#0e7c7b',
  },
  {
    code: 'JCF',
    name: 'Jamaica Constabulary Force',
    country: 'JM',
    role: 'police',
    description:
      'National police; Narcotics Division, Marine Police and the Transnational Crime and Narcotics Division act on the coast and inland.',
    colour: '#b23a48',
  },
  {
    code: 'JDFCG',
    name: 'Jamaica Defence Force Coast Guard',
    country: 'JM',
    role: 'coast_guard',
    description:
      'Maritime patrol and interdiction in Jamaican waters, the Pedro and Morant banks, from Port Royal and Discovery Bay.',
    colour: '#1d4e89',
  },
  {
    code: 'CBP',
    name: 'US Customs and Border Protection',
    country: 'US',
    role: 'customs',
    description:
      'US border agency; outbound examination at Florida ports and targeting of southbound cargo and travellers.',
    colour: '#2f9e44',
  },
  {
    code: 'USCG',
    name: 'US Coast Guard',
    country: 'US',
    role: 'coast_guard',
    description: 'Seventh District cutters and aircraft patrolling the Caribbean transit zone and Florida Straits.',
    colour: '#e8731a',
  },
  {
    code: 'IMPACS',
    name: 'CARICOM IMPACS / Regional Intelligence Fusion Centre',
    country: 'TT',
    role: 'fusion_centre',
    description:
      'CARICOM Implementation Agency for Crime and Security; its RIFC fuses member-state intelligence, advance passenger and vessel data.',
    colour: '#7048b6',
  },
] as const satisfies readonly Agency[];

export type AgencyCode = (typeof AGENCIES)[number]['code'];

export interface SharingGroup {
  /** Matches the contract's sharing-group pattern (lower-case, hyphenated). */
  id: string;
  name: string;
  description: string;
  members: readonly AgencyCode[];
}

export const SHARING_GROUPS = [
  {
    id: 'jca-cbp-cmaa',
    name: 'JCA-CBP Customs Mutual Assistance Agreement',
    description:
      'Bilateral customs agreement: cargo, traveller and seizure information between Jamaica Customs and US CBP.',
    members: ['JCA', 'CBP'],
  },
  {
    id: 'jm-joint-ops',
    name: 'Jamaica joint operations',
    description: 'National cell of Jamaica Customs, the Constabulary and the JDF Coast Guard.',
    members: ['JCA', 'JCF', 'JDFCG'],
  },
  {
    id: 'jm-us-shiprider',
    name: 'Jamaica-US shiprider agreement',
    description:
      'The 1997 maritime counter-drug agreement: JDF Coast Guard and US Coast Guard share and act on sea targets.',
    members: ['JDFCG', 'USCG'],
  },
  {
    id: 'caribbean-fusion',
    name: 'Caribbean fusion community',
    description: 'All partner agencies, coordinated through the CARICOM IMPACS Regional Intelligence Fusion Centre.',
    members: ['JCA', 'JCF', 'JDFCG', 'CBP', 'USCG', 'IMPACS'],
  },
] as const satisfies readonly SharingGroup[];

export type SharingGroupId = (typeof SHARING_GROUPS)[number]['id'];

export function agencyByCode(code: AgencyCode): Agency {
  const agency = AGENCIES.find((a) => a.code === code);
  if (!agency) throw new RangeError(`unknown agency ${code}`);
  return agency;
}

/** The groups an agency belongs to: the only groups it may release its own events to. */
export function groupsOf(code: AgencyCode): SharingGroup[] {
  return SHARING_GROUPS.filter((g) => g.members.some((m) => m === code));
}

/** Agencies that share at least one group with `code` (itself excluded): its possible named recipients. */
export function partnersOf(code: AgencyCode): AgencyCode[] {
  const partners = new Set<AgencyCode>();
  for (const group of groupsOf(code)) for (const member of group.members) if (member !== code) partners.add(member);
  return AGENCIES.map((a) => a.code).filter((c) => partners.has(c));
}
