import { parseArgs } from 'node:util';
import pino from 'pino';
import { createAgencyRepository, createAuditRepository, createFirstRunRepository, openDatabase } from '@tidewatch/db';
import { loadConfig } from '../config.ts';
import { AuditTrail } from '../services/audit-trail.ts';
import { systemClock } from '../services/context.ts';
import { ServiceError, validationError } from '../services/errors.ts';
import { createFirstAdministrator, FirstAdministratorInput } from '../services/first-run/create-first-administrator.ts';
import { readPassword, UsageError } from './read-password.ts';

export const SETUP_USAGE = `Usage: tidewatch setup --agency CODE --agency-name NAME --country CC --username NAME
                       [--display-name NAME] [--password-file FILE]

Creates the first agency and platform administrator of a real deployment, once. Uses the same DATA_DIR or
DATABASE_URL as the server (with the embedded database, stop the server first). The password comes from
--password-file (first line), else TIDEWATCH_ADMIN_PASSWORD, else it is asked for at the terminal.
Demo logins and keys left by a demo start are disabled first.`;

// Throws on an unknown or malformed option (strict), which runSetup reports as a usage error.
function parseSetupArgs(args: string[]) {
  return parseArgs({
    args,
    options: {
      agency: { type: 'string' },
      'agency-name': { type: 'string' },
      country: { type: 'string' },
      username: { type: 'string' },
      'display-name': { type: 'string' },
      'password-file': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  }).values;
}

/** `tidewatch setup`: answers the process exit code (0 created, 1 refused, 2 usage). */
export async function runSetup(args: string[], env: Record<string, string | undefined>): Promise<number> {
  let values: ReturnType<typeof parseSetupArgs>;
  try {
    values = parseSetupArgs(args);
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${SETUP_USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(SETUP_USAGE);
    return 0;
  }
  let password: string;
  try {
    password = await readPassword({ file: values['password-file'], env: env.TIDEWATCH_ADMIN_PASSWORD });
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  const input = {
    agency: { code: values.agency, name: values['agency-name'], country: values.country },
    username: values.username,
    displayName: values['display-name'] ?? values.username,
    password,
  };
  // Checked before the database is opened: creating an embedded one takes seconds, and a typo should not.
  const parsed = FirstAdministratorInput.safeParse(input);
  if (!parsed.success) return refused(validationError(parsed.error, 'first administrator'));

  const config = loadConfig(env);
  const log = pino({ level: 'warn', base: { node: 'setup' } }, pino.destination(2));
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    embeddedThread: config.PGLITE_THREAD,
  });
  const audit = new AuditTrail(createAuditRepository(database.db), log, () => systemClock.now());
  try {
    const ctx = {
      firstRun: createFirstRunRepository(database.db),
      agencies: createAgencyRepository(database.db),
      audit,
      clock: systemClock,
      log,
    };
    const admin = await createFirstAdministrator({ ctx, input });
    console.log(
      `Created administrator ${admin.username} of agency ${admin.agency}. Start the server with DEMO=off and log in.`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof ServiceError)) throw err;
    return refused(err);
  } finally {
    await audit.flush();
    await database.close();
  }
}

function refused(err: ServiceError): number {
  console.error(`Refused: ${err.message}`);
  for (const issue of err.issues.slice(1)) console.error(`  ${issue.path}: ${issue.message}`);
  return 1;
}
