/**
 * `pnpm --silent ais:decode [--raw] < file`: NMEA lines on stdin, one gpsd-style JSON object per decoded
 * message on stdout (scaled like `gpsdecode -j`; `--raw` unscaled like `gpsdecode -u -j`), and a summary
 * of rejected lines by reason on stderr.
 */
import { createInterface } from 'node:readline';
import { CliSession, formatSummary } from './cli-core.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--raw');
if (unknown.length > 0) {
  process.stderr.write(`usage: ais:decode [--raw] < file.nmea\nunknown argument: ${unknown.join(' ')}\n`);
  process.exit(2);
}

const session = new CliSession({ raw: args.includes('--raw') });
const input = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
let buffered = '';
input.on('line', (line) => {
  for (const json of session.line(line)) buffered += `${json}\n`;
  // write in chunks: one write per message is slow on large files
  if (buffered.length > 65536) {
    process.stdout.write(buffered);
    buffered = '';
  }
});
input.on('close', () => {
  process.stdout.write(buffered);
  process.stderr.write(formatSummary(session.finish()));
});
