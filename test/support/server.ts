import { ServerConfig, startServer, type RunningServer, type ServerConfigInput } from '@tidewatch/server';

export const TEST_AGENCIES = [
  { code: 'JCA', name: 'Jamaica Customs Agency', country: 'JM' },
  { code: 'JCF', name: 'Jamaica Constabulary Force', country: 'JM' },
  { code: 'CBP', name: 'US Customs and Border Protection', country: 'US' },
  { code: 'USCG', name: 'US Coast Guard', country: 'US' },
];

/** A real server on port 0 with the demo world off and the test agencies stored. */
export async function startTestServer(overrides: ServerConfigInput = {}): Promise<RunningServer> {
  const config = ServerConfig.parse({ PORT: 0, HOST: '127.0.0.1', DEMO: 'off', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', ...overrides });
  const server = await startServer(config);
  await server.ctx.agencies.upsertMany(TEST_AGENCIES);
  return server;
}

/** The example body from the foundation issue; it must be accepted exactly as written. */
export const EXAMPLE_EVENT = {
  kind: 'seizure',
  title: 'Firearms in barrel shipment',
  occurredAt: '2026-11-20T14:05:00Z',
  position: { lat: 17.9712, lon: -76.7936 },
  ownerAgency: 'JCA',
  releasability: { tlp: 'AMBER', recipients: ['CBP'] },
  severity: 4,
  seizure: { commodity: 'firearms', quantity: 12, unit: 'items' },
} as const;

export async function postEvent(
  baseUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}/api/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}
