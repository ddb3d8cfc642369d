import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SourceTree } from './graph.ts';

const PackageJson = z.object({
  name: z.string(),
  exports: z.record(z.string(), z.string()).optional(),
});

/** The tree as git sees it (tracked and new files, ignored ones left out), with the workspace's package exports. */
export function readSourceTree(root: string): SourceTree {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // A file deleted but not yet staged is still listed by --cached: keep only what can be read.
  const files = listed
    .split('\0')
    .filter((f) => f !== '' && !f.includes('node_modules/') && existsSync(path.join(root, f)));
  const packages = new Map<string, string>();
  for (const manifest of files.filter((f) => /^(apps|packages)\/[^/]+\/package\.json$/.test(f))) {
    const parsed = PackageJson.parse(JSON.parse(readFileSync(path.join(root, manifest), 'utf8')));
    const folder = path.posix.dirname(manifest);
    for (const [subpath, target] of Object.entries(parsed.exports ?? {})) {
      const specifier = subpath === '.' ? parsed.name : `${parsed.name}/${subpath.replace(/^\.\//, '')}`;
      packages.set(specifier, path.posix.normalize(path.posix.join(folder, target)));
    }
  }
  return { files, packages, read: (file) => readFileSync(path.join(root, file), 'utf8') };
}
