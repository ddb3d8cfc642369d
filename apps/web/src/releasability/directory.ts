import { useEffect, useState } from 'react';
import { request } from '../api/http.ts';
import { arrayOf, isRecord, str, strings } from '../api/guards.ts';

export interface Agency {
  code: string;
  name: string;
  country: string;
}

export interface SharingGroup {
  code: string;
  name: string;
  description: string;
  members: string[];
  revokedAt: string | null;
}

export function parseAgency(raw: unknown): Agency | null {
  if (!isRecord(raw)) return null;
  const code = str(raw, 'code');
  if (code === null) return null;
  return { code, name: str(raw, 'name') ?? code, country: str(raw, 'country') ?? '' };
}

export function parseSharingGroup(raw: unknown): SharingGroup | null {
  if (!isRecord(raw)) return null;
  const code = str(raw, 'code');
  if (code === null) return null;
  return {
    code,
    name: str(raw, 'name') ?? code,
    description: str(raw, 'description') ?? '',
    members: strings(raw.members),
    revokedAt: str(raw, 'revokedAt'),
  };
}

export const fetchAgencies = () =>
  request('GET', '/api/v1/admin/agencies', { parse: (raw) => arrayOf(raw, parseAgency) });
export const fetchSharingGroups = () =>
  request('GET', '/api/v1/admin/sharing-groups', { parse: (raw) => arrayOf(raw, parseSharingGroup) });

export interface Directory {
  agencies: Agency[];
  groups: SharingGroup[];
  loaded: boolean;
  error: string | null;
}

/** Agencies and agreements for the releasability chooser, loaded when a form opens (they change rarely). */
export function useDirectory(): Directory {
  const [directory, setDirectory] = useState<Directory>({ agencies: [], groups: [], loaded: false, error: null });
  useEffect(() => {
    let live = true;
    void Promise.all([fetchAgencies(), fetchSharingGroups()]).then(([agencies, groups]) => {
      if (!live) return;
      const error = !agencies.ok ? agencies.message : !groups.ok ? groups.message : null;
      setDirectory({
        agencies: agencies.ok ? agencies.data : [],
        groups: groups.ok ? groups.data : [],
        loaded: true,
        error,
      });
    });
    return () => {
      live = false;
    };
  }, []);
  return directory;
}
