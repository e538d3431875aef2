import fs from 'node:fs';
import path from 'node:path';

import { byId, groupedBy, scopedWhere, unowned } from './loader-kit';

describe('loader kit', () => {
  it('ANDs the scope into every where it builds, and only the keys when the rows have no owner', () => {
    expect(scopedWhere('cohortId', ['c1', 'c2'], { trainee: { id: 't1' } })).toEqual({
      AND: [{ cohortId: { in: ['c1', 'c2'] } }, { trainee: { id: 't1' } }],
    });
    expect(scopedWhere('id', ['p1'], unowned('the catalogue'))).toEqual({ id: { in: ['p1'] } });
  });

  it('refuses an unowned loader without a reason', () => {
    expect(() => unowned('  ')).toThrow(/why/);
  });

  it('hands the load function the scoped where (never the bare ids), reading the scope when the batch runs', async () => {
    const seen: unknown[] = [];
    let scope = { owner: 'a' };
    const loader = byId(
      () => scope,
      async (where) => {
        seen.push(where);
        return [{ id: 'x' }];
      },
    );
    scope = { owner: 'b' };
    expect(await Promise.all([loader.load('x'), loader.load('y')])).toEqual([{ id: 'x' }, null]);
    expect(seen).toEqual([{ AND: [{ id: { in: ['x', 'y'] } }, { owner: 'b' }] }]);
    const grouped = groupedBy<{ k: string }, unknown>(
      'k',
      () => ({ owner: 'c' }),
      async () => [{ k: 'a' }, { k: 'a' }],
    );
    expect(await grouped.loadMany(['a', 'b'])).toEqual([[{ k: 'a' }, { k: 'a' }], []]);
  });

  it('is the only place a DataLoader is made, so no loader exists without a declared scope', () => {
    const src = path.join(__dirname, '..', '..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (
          p.endsWith('.ts') &&
          !p.endsWith('.spec.ts') &&
          !p.endsWith('loader-kit.ts') &&
          /new DataLoader\b|import DataLoader\b/.test(fs.readFileSync(p, 'utf8'))
        )
          offenders.push(path.relative(src, p));
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });
});
