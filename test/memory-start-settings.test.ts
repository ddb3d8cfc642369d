/**
 * MEM-2: the settings that keep the server inside its memory budget are read when the process starts
 * (glibc's arena count from the environment, V8's flags from the command line), so they live in what starts
 * it, not in its code. The memory benchmark measures with the same settings (bench/memory/production-start.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_ENV, PRODUCTION_NODE_FLAGS } from '../bench/memory/production-start.ts';

const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
const envAssignments = Object.entries(PRODUCTION_ENV).map(([name, value]) => `${name}=${value}`);

describe('memory settings at start', () => {
  it.each(['start', 'start:prod'])('[MEM-2] `pnpm %s` runs node with the memory settings', (name) => {
    const command = scripts[name] ?? '';
    // The last command of the script is the one that runs the server (`pnpm start` builds the dashboard first).
    const serverCommand = command.split('&&').at(-1)?.trim().split(/\s+/) ?? [];
    for (const assignment of envAssignments) expect(serverCommand).toContain(assignment);
    const node = serverCommand.indexOf('node');
    expect(node).toBeGreaterThanOrEqual(0);
    for (const flag of PRODUCTION_NODE_FLAGS) expect(serverCommand.slice(node + 1)).toContain(flag);
  });

  it('[MEM-2] the systemd unit sets the environment and starts node with the flags', () => {
    const unit = read('docs/tidewatch.service').split('\n');
    for (const assignment of envAssignments) expect(unit).toContain(`Environment=${assignment}`);
    const execStart = unit.find((line) => line.startsWith('ExecStart='))?.split(/\s+/) ?? [];
    expect(execStart[0]).toBe('ExecStart=/usr/bin/node');
    for (const flag of PRODUCTION_NODE_FLAGS) expect(execStart).toContain(flag);
  });
});
