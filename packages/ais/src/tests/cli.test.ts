import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliSession, formatSummary } from '../cli-core.ts';
import { corpusLines, corpusText } from './corpus.ts';

describe('ais:decode CLI', () => {
  it('[AIS-CLI-1] --raw prints gpsdecode -u -j lines; the default prints scaled values', () => {
    const raw = new CliSession({ raw: true });
    const scaled = new CliSession({ raw: false });
    const line = '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A';
    expect(raw.line(line)).toEqual([corpusLines('gpsd/sample.aivdm.ju.chk')[0]?.replace(/\r$/, '')]);
    expect(scaled.line(line)).toEqual([corpusLines('gpsd/sample.aivdm.js.chk')[0]?.replace(/\r$/, '')]);
  });

  it('[AIS-CLI-2] the stderr summary counts rejections by reason', () => {
    const session = new CliSession({ raw: false });
    for (const line of ['foobar', '$GPGGA,1*00', '!AIVDM,1,1,,A,15RT,0*00', '']) session.line(line);
    const summary = formatSummary(session.finish());
    expect(summary).toContain('4 lines, 0 messages, 1 blank');
    expect(summary).toContain('rejected not_nmea: 1');
    expect(summary).toContain('rejected not_ais: 1');
    expect(summary).toContain('rejected bad_checksum: 1');
  });

  it('[AIS-CLI-3] the real command reads stdin and writes JSON lines and a summary', () => {
    const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));
    const result = spawnSync(tsx, [cli, '--raw'], { input: corpusText('pyais/mixed.txt'), encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.every((l) => (JSON.parse(l) as { class: string }).class === 'AIS')).toBe(true);
    expect(result.stderr).toContain('rejected unsupported_wrapper: 2');
  }, 30_000);
});
