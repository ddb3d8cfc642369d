import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, demoKey, seedDeployment, type DeploymentPlan } from './seed.ts';

/**
 * `pnpm demo:federation`: two Tidewatch deployments on two ports, each with its own data folder, already
 * partnered (SPEC FED-*): Jamaica (JCA, JCF, JDFCG) and the United States (CBP, USCG). Every few seconds JCA
 * releases an event to CBP on the Jamaica side and CBP one to JCA on the US side; each appears on the other's map.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataRoot = path.resolve(process.env.FEDERATION_DEMO_DIR ?? path.join(root, 'data', 'federation'));
const jmPort = Number(process.env.JM_PORT ?? 8080);
const usPort = Number(process.env.US_PORT ?? 8081);
const intervalMs = Number(process.env.DEMO_INTERVAL_MS ?? 6000);

const JM: DeploymentPlan = {
  id: 'jm',
  name: 'Jamaica',
  port: jmPort,
  dataDir: path.join(dataRoot, 'jm'),
  hosts: [
    { code: 'JCA', name: 'Jamaica Customs Agency', country: 'JM' },
    { code: 'JCF', name: 'Jamaica Constabulary Force', country: 'JM' },
    { code: 'JDFCG', name: 'Jamaica Defence Force Coast Guard', country: 'JM' },
  ],
};
const US: DeploymentPlan = {
  id: 'us',
  name: 'United States',
  port: usPort,
  dataDir: path.join(dataRoot, 'us'),
  hosts: [
    { code: 'CBP', name: 'US Customs and Border Protection', country: 'US' },
    { code: 'USCG', name: 'US Coast Guard', country: 'US' },
  ],
};

function startNode(plan: DeploymentPlan): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'apps/server/src/main.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(plan.port),
      DATA_DIR: plan.dataDir,
      DEPLOYMENT_ID: plan.id,
      DEMO: 'off',
      DEMO_VESSELS: '0',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
  });
  child.on('exit', (code) => {
    console.error(`${plan.name} (${plan.id}) stopped with code ${code}`);
    process.exitCode = 1;
  });
  return child;
}

async function ready(plan: DeploymentPlan): Promise<void> {
  // A first start creates two embedded databases; on a busy machine that takes minutes.
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${plan.port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${plan.name} did not become ready`);
}

const PLACES = [
  { place: 'Kingston Container Terminal', lat: 17.9712, lon: -76.7936 },
  { place: 'Montego Bay Freeport', lat: 18.4762, lon: -77.9306 },
  { place: 'Port Everglades', lat: 26.0912, lon: -80.1225 },
  { place: 'Port of Miami', lat: 25.7781, lon: -80.1794 },
];

async function release(from: DeploymentPlan, owner: string, recipient: string, n: number): Promise<void> {
  const where = PLACES[n % PLACES.length] ?? PLACES[0];
  const res = await fetch(`http://127.0.0.1:${from.port}/api/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${demoKey(owner)}` },
    body: JSON.stringify({
      kind: 'seizure',
      title: `${owner} to ${recipient}: firearms in a barrel shipment #${n}`,
      occurredAt: new Date().toISOString(),
      position: where ? { lat: where.lat, lon: where.lon } : undefined,
      place: where?.place,
      ownerAgency: owner,
      releasability: { tlp: 'AMBER', recipients: [recipient] },
      severity: 4,
      seizure: { commodity: 'firearms', quantity: 2 + (n % 9), unit: 'items' },
    }),
  });
  if (res.status === 201) console.log(`${from.name}: ${owner} released event #${n} to ${recipient}`);
  else console.error(`${from.name}: event refused (${res.status}): ${await res.text()}`);
}

async function main(): Promise<void> {
  for (const plan of [JM, US]) mkdirSync(plan.dataDir, { recursive: true });
  await seedDeployment(JM, US);
  await seedDeployment(US, JM);
  const children = [startNode(JM), startNode(US)];
  const stop = () => {
    for (const child of children) child.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Neither node outlives the demo when a start fails.
  await Promise.all([ready(JM), ready(US)]).catch((err: unknown) => {
    stop();
    throw err;
  });
  console.log(`
Two federated Tidewatch deployments are running:
  Jamaica        http://localhost:${JM.port}   log in as jca.analyst (or jcf.analyst, jdfcg.analyst, jca.admin)
  United States  http://localhost:${US.port}   log in as cbp.analyst (or uscg.analyst, cbp.admin)
  password for every account: ${DEMO_PASSWORD}
Every ${intervalMs / 1000} s JCA releases an event to CBP in Jamaica and CBP one to JCA in the US: watch it appear on
the other deployment's map and feed, marked with its origin. USCG and JCF never see them (TLP:AMBER to a named
recipient). The Partners screen (#/admin/partners, as an admin) shows each link. Ctrl-C stops both.
`);
  let n = 1;
  const timer = setInterval(() => {
    const turn = n++;
    void (turn % 2 === 1 ? release(JM, 'JCA', 'CBP', turn) : release(US, 'CBP', 'JCA', turn));
  }, intervalMs);
  process.on('SIGINT', () => clearInterval(timer));
  process.on('SIGTERM', () => clearInterval(timer));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
