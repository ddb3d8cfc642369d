import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export class UsageError extends Error {}

/**
 * The administrator's password, never from the command line (it would sit in the shell history and in `ps`):
 * a file (its first line, e.g. a secret mounted by the orchestrator), the TIDEWATCH_ADMIN_PASSWORD variable,
 * or typed twice at a terminal without echo.
 */
export async function readPassword(options: { file: string | undefined; env: string | undefined }): Promise<string> {
  if (options.file !== undefined) {
    try {
      return (readFileSync(options.file, 'utf8').split(/\r?\n/)[0] ?? '').trimEnd();
    } catch (err) {
      throw new UsageError(
        `cannot read --password-file ${options.file}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  if (options.env) return options.env;
  if (!process.stdin.isTTY) {
    throw new UsageError(
      'no password: pass --password-file FILE or set TIDEWATCH_ADMIN_PASSWORD (or run at a terminal to type it)',
    );
  }
  const first = await askHidden('Administrator password (at least 12 characters): ');
  const second = await askHidden('Repeat it: ');
  if (first !== second) throw new UsageError('the two passwords differ; nothing was created');
  return first;
}

function askHidden(question: string): Promise<string> {
  process.stderr.write(question);
  // Typed characters go nowhere: the terminal echo is what would show the password.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
