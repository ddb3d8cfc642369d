import { runSetup, SETUP_USAGE } from './setup-command.ts';

/** `tidewatch <command>`: operator commands run beside (or before) the server, on its configuration. */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'setup') return runSetup(args, process.env);
  console.error(`${command === undefined ? 'no command' : `unknown command ${command}`}\n\n${SETUP_USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
