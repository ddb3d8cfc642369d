import type { RunningServer } from '@tidewatch/server';
import { addPartner, adminOf, CMAA, JM_AGENCIES, startDeployment, US_AGENCIES } from './federation.ts';
import { createTempDir } from './temp-dir.ts';

export type Side = 'jm' | 'us';

/**
 * Two real deployments that pull from each other, each on its own embedded database and port: Jamaica (JCA,
 * JCF) and the United States (CBP, USCG), with the JCA-CBP agreement on both sides. For the federation suites.
 */
export function federatedPair(label: string) {
  const dirs = { jm: createTempDir(`${label}-jm`), us: createTempDir(`${label}-us`) };
  const servers: Partial<Record<Side, RunningServer>> = {};

  const server = (which: Side): RunningServer => {
    const s = servers[which];
    if (!s) throw new Error(`${which} is not running`);
    return s;
  };

  const start = async (which: Side, port?: number): Promise<RunningServer> => {
    const s = await startDeployment({
      id: which,
      dataDir: dirs[which].path,
      hosts: which === 'jm' ? JM_AGENCIES : US_AGENCIES,
      remote: which === 'jm' ? { us: US_AGENCIES } : { jm: JM_AGENCIES },
      groups: [CMAA],
      ...(port === undefined ? {} : { port }),
    });
    servers[which] = s;
    return s;
  };

  /** Stops `which`, keeping its data folder; answers its port, to start it again there. */
  const stop = async (which: Side): Promise<number> => {
    const port = server(which).port;
    await server(which).close();
    delete servers[which];
    return port;
  };

  return {
    server,
    start,
    stop,
    /** Stops `which` and starts it again on the same port and data folder. */
    async restart(which: Side): Promise<void> {
      await start(which, await stop(which));
    },
    /** Starts both and makes each the other's partner through the admin API. */
    async connect(): Promise<void> {
      await start('jm');
      await start('us');
      await addPartner(await adminOf(server('jm'), 'JCA'), 'jm', {
        id: 'us',
        name: 'United States',
        url: server('us').url,
      });
      await addPartner(await adminOf(server('us'), 'CBP'), 'us', { id: 'jm', name: 'Jamaica', url: server('jm').url });
    },
    async close(): Promise<void> {
      await Promise.all([servers.jm?.close(), servers.us?.close()]);
      dirs.jm.remove();
      dirs.us.remove();
    },
  };
}
