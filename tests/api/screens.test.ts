import { DEMO_PASSWORD, seedDemo } from '@grassroots/db/testing';
import { canOpenScreen, Role, type ScreenPath, SCREENS } from '@grassroots/domain';
import { print } from 'graphql';

import { adminOperations } from '../support/admin-documents';
import { useApi } from '../support/api';

/**
 * The menu follows the policy table (issue 15, item 5): every screen the admin offers a role loads, as that
 * demo user on the demo data, the very documents the page sends without a single refusal; and a screen it does
 * not offer would have been refused. SUPPORT used to be offered 项目 and got an empty list (the list shows each
 * program's sponsor, which SUPPORT may not read).
 */
const api = useApi();
beforeAll(async () => {
  await seedDemo(api.db.prisma, () => {});
}, 300_000);

const today = new Date().toISOString().slice(0, 10);
/** The admin documents each screen sends when it opens, with the variables it sends them with. */
const DOCUMENTS: Record<ScreenPath, [string, Record<string, unknown>?][]> = {
  '/workbench': [['Workbench']],
  '/portal': [['MyTrainee']],
  '/sponsors': [['Sponsors']],
  '/programs': [['Programs']],
  '/cohorts': [['Cohorts'], ['ProgramOptions']],
  '/lessons': [['LessonList'], ['CohortOptions']],
  '/assignments': [['SubmissionList'], ['CohortOptions']],
  '/trainees': [['Trainees']],
  '/teams': [['Teams'], ['CohortOptions']],
  '/sessions': [
    ['LiveSessions', { from: today, to: today }],
    ['SessionDays', { from: today, to: today }],
    ['TeamOptions'],
    ['CohortOptions'],
  ],
  '/products': [['ProductsPage']],
  '/suppliers': [['Suppliers']],
  '/qc': [['QcTasks'], ['Inspections']],
  '/tickets': [['Tickets']],
  '/reports': [['ReportPrograms']],
  '/users': [['Users']],
  '/audit': [['AuditLog'], ['Users']],
  '/notifications/channels': [['NotificationChannels']],
  '/notifications/dead-letters': [['DeadLetters', { page: 1 }]],
};

const ops = new Map(adminOperations().map((o) => [o.name, o]));

describe.each(Object.values(Role))('%s', (role) => {
  it('is offered exactly the screens whose data it may load', async () => {
    const user = await api.db.prisma.user.findFirstOrThrow({
      where: { role, email: { endsWith: '@grassroots.local' } },
      select: { email: true },
    });
    const client = api.client();
    expect((await client.login(user.email, DEMO_PASSWORD)).errors).toBeUndefined();
    const refusals: string[] = [];
    const offered: string[] = [];
    for (const screen of SCREENS) {
      // Roles with a page of their own for it (a trainee's portal) are neither offered it nor tested on it.
      if (
        ('elsewhereFor' in screen && (screen.elsewhereFor as readonly Role[]).includes(role)) ||
        ('onlyFor' in screen && !(screen.onlyFor as readonly Role[]).includes(role))
      )
        continue;
      const open = canOpenScreen(screen, role);
      if (open) offered.push(screen.path);
      const codes: string[] = [];
      for (const [name, vars] of DOCUMENTS[screen.path]) {
        const op = ops.get(name);
        if (!op) throw new Error(`the admin has no document ${name}`);
        const r = await client.request(print(op.document), { ...op.variables, pageSize: 20, ...vars });
        codes.push(...(r.errors ?? []).map((e) => `${name}: ${e.extensions?.code} ${e.path?.join('.') ?? ''}`));
      }
      if (open && codes.length) refusals.push(`${screen.path} offered but refused: ${codes.join(', ')}`);
      if (!open && !codes.length) refusals.push(`${screen.path} loads but is not offered`);
    }
    expect(refusals).toEqual([]);
    expect(offered.length).toBeGreaterThan(0);
    if (role === Role.SUPPORT) expect(offered).not.toContain('/programs');
  }, 60_000);
});
