import { type MessageParams, renderMessage } from '@grassroots/domain';
import { zhCN } from '@grassroots/domain/messages/zh-CN';

import { useApi } from '../support/api';
import type { GqlClient } from '../support/client';

/**
 * GraphQL's own refusals (a field the schema lacks, a variable of the wrong type) carry a code of the shared catalog
 * whose params name the field or variable, so the admin can say which one in the reader's language (ADR 0013) — and
 * never the value that was sent. Its documents and variables are wrong on purpose: strings, not typed documents.
 */
const api = useApi();
let coordinator: GqlClient & { userId: string };
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const inChinese = (code: string, params?: unknown) =>
  renderMessage({ code: code as never, params: params as MessageParams }, (c, p) =>
    (zhCN as Record<string, string>)[c]!.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(p[k])),
  );
const SECRET = 'leak-me-13800138000';
const CREATE = 'mutation($i: CreateSponsorInput!) { createSponsor(input: $i) { id } }';
const sponsor = { name: '喀什资助方', region: '喀什', contactName: '王', contactPhone: '13800138000' };

it('names the unknown field of a document, and its type', async () => {
  const r = await coordinator.request('query { sponsors { items { id nmae } } }');
  const e = r.errors![0]!;
  expect(e.extensions).toMatchObject({
    code: 'GRAPHQL_VALIDATION_FAILED',
    messageCode: 'common.graphql.unknownField',
    params: { field: 'nmae', type: 'Sponsor' },
  });
  expect(e.message).not.toMatch(/Did you mean/);
  expect(inChinese(e.extensions!.messageCode as string, e.extensions!.params)).toBe('Sponsor 没有字段 nmae');
});

it('names the variable field of the wrong type or unknown to the input, never the value sent', async () => {
  const wrongType = await coordinator.request('query($id: ID!) { cohort(id: $id) { id } }', { id: { x: SECRET } });
  expect(wrongType.errors![0]!.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    messageCode: 'common.graphql.invalidValue',
    params: { field: 'id', variable: 'id', type: 'ID' },
  });
  expect(JSON.stringify(wrongType.errors![0]!.extensions)).not.toContain(SECRET);

  const nested = await coordinator.request(CREATE, { i: { ...sponsor, name: 5 } });
  expect(nested.errors![0]!.extensions).toMatchObject({
    messageCode: 'common.graphql.invalidValue',
    params: { field: 'name', variable: 'i', type: 'String' },
  });
  expect(inChinese('common.graphql.invalidValue', nested.errors![0]!.extensions!.params)).toBe('name 的值无效');

  const unknown = await coordinator.request(CREATE, { i: { ...sponsor, nope: SECRET } });
  expect(unknown.errors![0]!.extensions).toMatchObject({
    messageCode: 'common.graphql.unknownField',
    params: { field: 'nope', type: 'CreateSponsorInput', variable: 'i' },
  });
  expect(JSON.stringify(unknown.errors![0]!.extensions)).not.toContain(SECRET);

  const missing = await coordinator.request('query($id: ID!) { cohort(id: $id) { id } }', {});
  expect(missing.errors![0]!.extensions).toMatchObject({
    messageCode: 'common.graphql.missingValue',
    params: { field: 'id' },
  });
});
