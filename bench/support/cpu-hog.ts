import { spawn } from 'node:child_process';

/**
 * A process that keeps one core busy until stopped: a stand-in for a noisy neighbour on a shared host (steal
 * time), so that a benchmark can show how a configuration holds up when it does not have the cores to itself.
 */
export function startCpuHog(): () => void {
  const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  return () => void hog.kill('SIGKILL');
}
