import { PartnerLink } from '@tidewatch/contracts';
import { request } from '../api/http.ts';

const P = '/api/v1/admin/partners';

function parseLinks(raw: unknown): PartnerLink[] | null {
  const parsed = PartnerLink.array().safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function parseLink(raw: unknown): PartnerLink | null {
  const parsed = PartnerLink.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export const listPartners = () => request('GET', P, { parse: parseLinks });

export const createPartner = (input: {
  id: string;
  name: string;
  baseUrl: string;
  outboundToken: string;
  inboundToken: string;
}) => request('POST', P, { body: input, parse: parseLink });

export const setPartnerEnabled = (id: string, enabled: boolean) =>
  request('PATCH', `${P}/${encodeURIComponent(id)}`, { body: { enabled }, parse: parseLink });

export const addRemoteAgency = (partner: string, input: { code: string; name: string; country: string }) =>
  request('POST', `${P}/${encodeURIComponent(partner)}/agencies`, { body: input, parse: parseLink });
