import fs from 'node:fs';
import path from 'node:path';

/** The monorepo root: the nearest folder upwards whose package.json declares workspaces. */
export function findRepoRoot(from = process.cwd()): string {
  let dir = path.resolve(from);
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && 'workspaces' in JSON.parse(fs.readFileSync(pkg, 'utf8'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(from);
    dir = up;
  }
}

/** Where local state lives (embedded database, secrets): GRASSROOTS_DATA_DIR or ./data at the repo root. */
export function dataDir(): string {
  return path.resolve(process.env.GRASSROOTS_DATA_DIR ?? path.join(findRepoRoot(), 'data'));
}
