import { Consignment, type SelectivityLane } from '@tidewatch/contracts';
import { request } from '../api/http.ts';
import { parser } from '../api/guards.ts';

const BASE = '/api/v1/cargo/consignments';
const parseList = parser(Consignment.array());
const parseOne = parser(Consignment);

export interface CargoFilters {
  lanes: SelectivityLane[];
  q: string;
}

export function fetchConsignments(filters: CargoFilters, signal?: AbortSignal) {
  const search = new URLSearchParams({ limit: '500' });
  if (filters.lanes.length > 0 && filters.lanes.length < 3) search.set('lane', filters.lanes.join(','));
  if (filters.q.trim()) search.set('q', filters.q.trim());
  return request('GET', `${BASE}?${search.toString()}`, { parse: parseList, signal });
}

export const fetchConsignment = (id: string, signal?: AbortSignal) =>
  request('GET', `${BASE}/${encodeURIComponent(id)}`, { parse: parseOne, signal });

export const rescoreConsignment = (id: string) =>
  request('POST', `${BASE}/${encodeURIComponent(id)}/rescore`, { parse: parseOne });
