import { DEMO_PASSWORD, seedDemo } from '@grassroots/db/testing';
import { allows, OPERATIONS, type Role } from '@grassroots/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';

import { useApi } from '../support/api';
import { type GqlClient } from '../support/client';

/**
 * Walks every object-typed field reachable from each role's root queries, on the demo data, and checks that
 * nothing outside the role's scope comes back: the structural check that every loader and nested field applies
 * the same ownership as the root query. Queries are generated from the built schema; fields the role
 * may not read (FORBIDDEN) are pruned and the query re-run; depth shrinks when a query-limit refuses it.
 */
const api = useApi();
let schema: GraphQLSchema;
const PAGE = 10;
const DEPTH = 5;

beforeAll(async () => {
  await seedDemo(api.db.prisma, () => {});
  schema = api.app.get(GraphQLSchemaHost).schema;
}, 300_000);

async function signInDemo(role: Role): Promise<GqlClient> {
  const user = await api.db.prisma.user.findFirstOrThrow({
    where: { role, email: { endsWith: '@grassroots.local' } },
    select: { email: true },
  });
  const c = api.client();
  const r = await c.login(user.email, DEMO_PASSWORD);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return c;
}

/** Every object that came back, with its GraphQL type. */
interface Seen {
  type: string;
  obj: Record<string, any>;
  path: string;
}

/** Builds `{ … }` for `type`, skipping fields with required arguments and those pruned for this role. */
function selection(type: GraphQLObjectType, depth: number, pruned: Set<string>): string {
  const parts = ['__typename'];
  for (const f of Object.values(type.getFields())) {
    if (
      pruned.has(`${type.name}.${f.name}`) ||
      f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)
    )
      continue;
    const named = getNamedType(f.type);
    const args = f.args.some((a) => a.name === 'pageSize') ? `(pageSize: ${PAGE})` : '';
    if (isLeafType(named)) parts.push(f.name + args);
    else if (isObjectType(named) && depth > 0) parts.push(`${f.name}${args} ${selection(named, depth - 1, pruned)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** The field definition a response path points at (indices skipped). */
function fieldAt(root: GraphQLObjectType, path: (string | number)[]): string | null {
  let type: GraphQLObjectType = root;
  let coordinate: string | null = null;
  for (const key of path) {
    if (typeof key === 'number') continue;
    const f: GraphQLField<unknown, unknown> | undefined = type.getFields()[key];
    if (!f) return null;
    coordinate = `${type.name}.${key}`;
    const named = getNamedType(f.type);
    if (isObjectType(named)) type = named;
  }
  return coordinate;
}

function collect(value: unknown, path: string, out: Seen[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, any>;
    if (obj.__typename) out.push({ type: obj.__typename, obj, path });
    for (const [k, v] of Object.entries(obj)) collect(v, `${path}.${k}`, out);
  }
}

/** Runs every root query the role may call (with `id` arguments filled from what its lists returned). */
async function walk(
  role: Role,
  client: GqlClient,
  known: Record<string, string[]> = {},
): Promise<{ seen: Seen[]; fields: Set<string>; skipped: string[] }> {
  const queryType = schema.getQueryType()!;
  const pruned = new Set<string>();
  const seen: Seen[] = [];
  const fields = new Set<string>();
  const skipped: string[] = [];
  const idsByType = new Map<string, Set<string>>(Object.entries(known).map(([type, ids]) => [type, new Set(ids)]));
  const run = async (field: GraphQLField<unknown, unknown>, args: string) => {
    const named = getNamedType(field.type);
    for (let depth = DEPTH; depth >= 0; depth--) {
      const body = isObjectType(named) ? selection(named, depth, pruned) : '';
      const r = await client.request(`{ ${field.name}${args} ${body} }`);
      // A query limit (cost, depth) refuses the whole document before any resolver runs: try shallower.
      if (r.status === 400 || (!r.data && r.errors?.every((e) => !e.path && e.extensions?.code === 'BAD_USER_INPUT')))
        continue;
      const forbidden = (r.errors ?? []).filter(
        (e) => e.extensions?.code === 'FORBIDDEN' && e.path && e.path.length > 1,
      );
      if (forbidden.length) {
        for (const e of forbidden) pruned.add(fieldAt(queryType, e.path!)!);
        depth++;
        continue;
      }
      const other = (r.errors ?? []).filter((e) => e.extensions?.code !== 'NOT_FOUND');
      if (other.length) throw new Error(`${role} ${field.name}: ${JSON.stringify(other)}`);
      const found: Seen[] = [];
      collect(r.data?.[field.name], field.name, found);
      for (const s of found) {
        seen.push(s);
        if (s.obj.id) idsByType.set(s.type, (idsByType.get(s.type) ?? new Set()).add(s.obj.id));
        for (const k of Object.keys(s.obj)) fields.add(`${s.type}.${k}`);
      }
      return;
    }
    throw new Error(`${role} ${field.name}: refused at every depth`);
  };
  const roots = Object.values(queryType.getFields()).filter(
    (f) => f.name in OPERATIONS && allows(OPERATIONS[f.name as keyof typeof OPERATIONS], role),
  );
  const isRequired = (a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined;
  const byId = roots.filter((f) => f.args.some(isRequired));
  for (const f of roots.filter((r) => !byId.includes(r)))
    await run(f, f.args.some((a) => a.name === 'pageSize') ? `(pageSize: ${PAGE})` : '');
  for (const f of byId) {
    const required = f.args.filter(isRequired);
    const named = getNamedType(f.type);
    if (required.length !== 1 || required[0].name !== 'id' || !isObjectType(named)) {
      skipped.push(f.name);
      continue;
    }
    for (const id of [...(idsByType.get(named.name) ?? [])].slice(0, 3)) await run(f, `(id: ${JSON.stringify(id)})`);
  }
  return { seen, fields, skipped };
}

const ofType = (seen: Seen[], type: string) => seen.filter((s) => s.type === type);
const outside = (seen: Seen[], type: string, ok: (o: Record<string, any>) => boolean) =>
  ofType(seen, type)
    .filter((s) => !ok(s.obj))
    .map((s) => `${s.path} ${s.obj.id ?? ''}`);

describe('every object reachable from a role’s queries is within its scope', () => {
  it('SUPPORT: only the trainees, teams and sessions of their own teams', async () => {
    const me = await api.db.prisma.user.findUniqueOrThrow({
      where: { email: 'support@grassroots.local' },
      select: { id: true },
    });
    const teams = new Set(
      (
        await api.db.prisma.teamMembership.findMany({
          where: { userId: me.id, leftAt: null },
          select: { teamId: true },
        })
      ).map((m) => m.teamId),
    );
    const mine = new Set(
      (
        await api.db.prisma.teamAssignment.findMany({
          where: { endedAt: null, teamId: { in: [...teams] } },
          select: { traineeId: true },
        })
      ).map((a) => a.traineeId),
    );
    const taught = new Set(
      (await api.db.prisma.lesson.findMany({ where: { instructorId: me.id }, select: { id: true } })).map((l) => l.id),
    );
    // A lesson someone else teaches in a cohort where they back trainees: its roster names only theirs.
    const cohort = await api.db.prisma.cohort.findFirstOrThrow({
      where: { supportTeams: { some: { id: { in: [...teams] } } } },
      select: { id: true, startDate: true },
    });
    const coordinator = await api.db.prisma.user.findFirstOrThrow({
      where: { role: 'COORDINATOR' },
      select: { id: true },
    });
    const other = await api.db.prisma.lesson.create({
      data: {
        cohortId: cohort.id,
        instructorId: coordinator.id,
        date: cohort.startDate,
        startTime: '09:00',
        endTime: '10:00',
        topic: 'walk',
        kind: 'CLASS',
        location: 'room 1',
      },
      select: { id: true },
    });
    const { seen, fields } = await walk('SUPPORT', await signInDemo('SUPPORT'), { Lesson: [other.id] });

    expect(fields).toContain('Lesson.attendanceSheet');
    expect(ofType(seen, 'Trainee').length).toBeGreaterThan(0);
    expect(outside(seen, 'Trainee', (t) => mine.has(t.id))).toEqual([]);
    expect(outside(seen, 'Team', (t) => teams.has(t.id))).toEqual([]);
    expect(outside(seen, 'LiveSession', (s) => teams.has(s.teamId))).toEqual([]);
    const enrolments = new Set(
      (await api.db.prisma.enrolment.findMany({ where: { traineeId: { in: [...mine] } }, select: { id: true } })).map(
        (e) => e.id,
      ),
    );
    expect(outside(seen, 'Enrolment', (e) => enrolments.has(e.id))).toEqual([]);
    expect(outside(seen, 'Attendance', (a) => mine.has(a.traineeId) || taught.has(a.lessonId))).toEqual([]);
    // The roster of a lesson they do not teach names only their own trainees.
    const sheets = seen.filter(
      (s) => s.type === 'Lesson' && Array.isArray(s.obj.attendanceSheet) && !taught.has(s.obj.id),
    );
    expect(sheets.length).toBeGreaterThan(0);
    expect(
      sheets.flatMap((s) =>
        s.obj.attendanceSheet.filter((r: any) => !mine.has(r.traineeId)).map((r: any) => r.traineeName),
      ),
    ).toEqual([]);
  }, 300_000);

  it('AFTERSALES_AGENT: the session a ticket came from, never its sales figures', async () => {
    const { seen, fields } = await walk('AFTERSALES_AGENT', await signInDemo('AFTERSALES_AGENT'));
    expect(ofType(seen, 'TicketSession').length).toBeGreaterThan(0);
    for (const type of [
      'LiveSession',
      'SessionResults',
      'SalesTotals',
      'LiveSessionItem',
      'TeamTraineeResult',
      'TraineePerformance',
    ]) {
      expect(ofType(seen, type).map((s) => s.path)).toEqual([]);
    }
    expect([...fields].filter((f) => /gmv|netResult|adSpend/i.test(f))).toEqual([]);
  }, 300_000);

  it('TRAINEE: only their own records', async () => {
    const user = await api.db.prisma.user.findUniqueOrThrow({
      where: { email: 'trainee@grassroots.local' },
      select: { traineeId: true },
    });
    const self = user.traineeId!;
    const { seen } = await walk('TRAINEE', await signInDemo('TRAINEE'));
    expect(ofType(seen, 'Trainee').length).toBeGreaterThan(0);
    expect(outside(seen, 'Trainee', (t) => t.id === self)).toEqual([]);
    for (const type of ['LiveSession', 'Attendance', 'Ticket', 'Submission', 'TeamAssignment']) {
      expect(outside(seen, type, (o) => o.traineeId === self)).toEqual([]);
    }
    const enrolments = new Set(
      (await api.db.prisma.enrolment.findMany({ where: { traineeId: self }, select: { id: true } })).map((e) => e.id),
    );
    expect(ofType(seen, 'Enrolment').length).toBeGreaterThan(0);
    expect(outside(seen, 'Enrolment', (e) => enrolments.has(e.id))).toEqual([]);
    expect(ofType(seen, 'TicketSession').length + ofType(seen, 'LiveSession').length).toBeGreaterThan(0);
  }, 300_000);

  it('SPONSOR: only their own programs, and no session rows', async () => {
    const user = await api.db.prisma.user.findUniqueOrThrow({
      where: { email: 'sponsor@grassroots.local' },
      select: { sponsorId: true },
    });
    const programs = new Set(
      (await api.db.prisma.program.findMany({ where: { sponsorId: user.sponsorId! }, select: { id: true } })).map(
        (p) => p.id,
      ),
    );
    const trainees = new Set(
      (
        await api.db.prisma.enrolment.findMany({
          where: { programId: { in: [...programs] } },
          select: { traineeId: true },
        })
      ).map((e) => e.traineeId),
    );
    const cohorts = new Set(
      (await api.db.prisma.cohort.findMany({ where: { programId: { in: [...programs] } }, select: { id: true } })).map(
        (c) => c.id,
      ),
    );
    const { seen } = await walk('SPONSOR', await signInDemo('SPONSOR'));
    expect(ofType(seen, 'Program').length).toBeGreaterThan(0);
    expect(outside(seen, 'Sponsor', (s) => s.id === user.sponsorId)).toEqual([]);
    expect(outside(seen, 'Program', (p) => programs.has(p.id))).toEqual([]);
    expect(outside(seen, 'Cohort', (c) => cohorts.has(c.id))).toEqual([]);
    expect(outside(seen, 'Trainee', (t) => trainees.has(t.id))).toEqual([]);
    for (const type of ['LiveSession', 'Lesson', 'Attendance', 'Team', 'Ticket'])
      expect(ofType(seen, type).map((s) => s.path)).toEqual([]);
  }, 300_000);
});
