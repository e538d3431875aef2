import { POLICY_KEY } from '@grassroots/api/core/auth/policy.decorator';
import { RESOLVERS } from '@grassroots/api/resolvers';
import { createSponsor, createTrainee } from '@grassroots/db/testing';
import { allows, OPERATIONS, Permission, type Policy, PUBLIC, type Role, ROLES } from '@grassroots/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

import { useApi } from '../support/api';
import type { GqlClient } from '../support/client';

/**
 * Deny by default, proven from the outside: every root operation of the built schema is in the matrix of
 * @grassroots/domain, every resolver method declares a policy equal to it, and every operation is called over
 * HTTP as every role and anonymously — allowed roles get past the guard, everyone else is refused.
 */
const api = useApi();
let schema: GraphQLSchema;
const clients = new Map<Role, GqlClient>();

beforeAll(async () => {
  schema = api.app.get(GraphQLSchemaHost).schema;
  for (const role of ROLES) {
    const links =
      role === 'TRAINEE'
        ? { traineeId: (await createTrainee(api.db.prisma)).id }
        : role === 'SPONSOR'
          ? { sponsorId: (await createSponsor(api.db.prisma)).id }
          : {};
    clients.set(role, await api.signIn(role, links));
  }
});

const rootFields = () => [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['Query', f] as const),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['Mutation', f] as const),
];

it('lists every root operation of the schema in the domain matrix, and nothing else', () => {
  const inSchema = rootFields()
    .map(([, f]) => f.name)
    .sort();
  expect(inSchema).toEqual(Object.keys(OPERATIONS).sort());
});

it('has every resolver method declare a policy, and root operations declare the one in the matrix', () => {
  const missing: string[] = [];
  const mismatched: string[] = [];
  const resolverMethods = new Set<string>();
  for (const cls of RESOLVERS) {
    for (const name of Object.getOwnPropertyNames(cls.prototype)) {
      if (name === 'constructor') continue;
      const fn = cls.prototype[name];
      const kind = Reflect.getMetadata('graphql:resolver_type', fn) as string | undefined;
      const isField = Reflect.getMetadata('graphql:resolve_property', fn) !== undefined || kind === undefined;
      if (!kind && !Reflect.getMetadata('graphql:resolve_property', fn)) continue; // a plain helper method
      const policy = Reflect.getMetadata(POLICY_KEY, fn) as Policy | undefined;
      if (!policy) missing.push(`${cls.name}.${name}`);
      if ((kind === 'Query' || kind === 'Mutation') && !isField) {
        const opName = (Reflect.getMetadata('graphql:resolver_name', fn) as string | undefined) ?? name;
        resolverMethods.add(opName);
        if (policy !== OPERATIONS[opName as keyof typeof OPERATIONS])
          mismatched.push(`${opName}: ${policy} ≠ ${OPERATIONS[opName as keyof typeof OPERATIONS]}`);
      }
    }
  }
  expect(missing).toEqual([]);
  expect(mismatched).toEqual([]);
  expect([...resolverMethods].sort()).toEqual(Object.keys(OPERATIONS).sort());
});

/** A value of the right shape for an argument, so that GraphQL validation passes and the guard decides. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type)) out[f.name] = sample(f.type);
    return out;
  }
  if (isScalarType(type)) {
    return (
      ({ Int: 1, Float: 1, Boolean: true, DateTime: new Date(0).toISOString() } as Record<string, unknown>)[
        type.name
      ] ?? 'x'
    );
  }
  return null;
}

function requestFor(kind: 'Query' | 'Mutation', f: GraphQLField<unknown, unknown>) {
  const args = f.args.filter((a) => isNonNullType(a.type));
  const vars = Object.fromEntries(args.map((a) => [a.name, sample(a.type)]));
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(f.type);
  const selection = isObjectType(named) ? '{ __typename }' : '';
  const query = `${kind === 'Query' ? 'query' : 'mutation'}${decl ? `(${decl})` : ''} { ${f.name}${call ? `(${call})` : ''} ${selection} }`;
  return { query, vars };
}

const GUARD_CODES = ['FORBIDDEN', 'UNAUTHENTICATED'];

it('lets exactly the roles of the matrix past the guard, for every operation, and refuses anonymous callers', async () => {
  const report: string[] = [];
  for (const [kind, f] of rootFields()) {
    const policy = OPERATIONS[f.name as keyof typeof OPERATIONS];
    if (policy === PUBLIC) continue; // login/logout: reachable by anyone by design
    const { query, vars } = requestFor(kind, f);
    const anon = await api.client().request(query, vars);
    if (anon.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED')
      report.push(`${f.name} as anonymous: ${JSON.stringify(anon.errors ?? anon.data)}`);
    for (const role of ROLES) {
      const r = await clients.get(role)!.request(query, vars);
      const code = r.errors?.[0]?.extensions?.code;
      const expected = allows(policy, role);
      if (expected && code && GUARD_CODES.includes(code))
        report.push(`${f.name} as ${role}: refused (${code}) but the matrix allows it`);
      if (!expected && code !== 'FORBIDDEN')
        report.push(`${f.name} as ${role}: expected FORBIDDEN, got ${code ?? 'success'}`);
    }
  }
  expect(report).toEqual([]);
});

const OWN_ACCOUNT = ['changePassword', 'markNotificationsRead', 'setNotificationPreference', 'setMyLocale'];

it('keeps sponsors read-only: every mutation but reviewing their reports is FORBIDDEN to a sponsor', async () => {
  const sponsor = clients.get('SPONSOR')!;
  for (const f of Object.values(schema.getMutationType()!.getFields())) {
    // One's own account: password, inbox read marks, notification preferences and language.
    if (OPERATIONS[f.name as keyof typeof OPERATIONS] === PUBLIC || OWN_ACCOUNT.includes(f.name)) continue;
    if (OPERATIONS[f.name as keyof typeof OPERATIONS] === Permission.REPORTS_REVIEW) continue; // accept/return: tested in reports.test.ts
    const { query, vars } = requestFor('Mutation', f);
    const r = await sponsor.request(query, vars);
    expect([f.name, r.errors?.[0]?.extensions?.code]).toEqual([f.name, 'FORBIDDEN']);
  }
});
