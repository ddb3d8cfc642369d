import { loadConfig } from './config.ts';
import { startServer } from './server.ts';
import { logUnhandledRejections } from './last-resort.ts';

/** Process entry: configuration from the environment, graceful stop on SIGTERM and SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // Set once started: before that, a fatal error fails the start itself (the database calls under way reject).
  let stop: (reason: string, exitCode?: number) => void = () => undefined;
  const server = await startServer(config, { onFatal: () => stop('fatal', 1) });
  logUnhandledRejections(server.log);
  let stopping = false;
  stop = (reason, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    server.log.info({ reason }, 'stopping');
    // OPS-L2: a statement stuck behind a lock (or a silent database) must not hold the process past its
    // grace; what was acknowledged is committed already, and what was not is the client's to retry.
    setTimeout(() => {
      server.log.error(
        { graceMs: config.SHUTDOWN_GRACE_MS },
        'stop did not finish within the grace period; exiting now',
      );
      process.exit(exitCode === 0 ? 1 : exitCode);
    }, config.SHUTDOWN_GRACE_MS).unref();
    server.close().then(
      () => process.exit(exitCode),
      (err: unknown) => {
        server.log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
