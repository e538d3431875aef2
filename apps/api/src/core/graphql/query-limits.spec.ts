import { parse } from 'graphql';
import { queryLengthLimit, queryLimitsPlugin } from './query-limits';

async function check(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  const listener = await queryLimitsPlugin().requestDidStart!({ request: { query, variables } } as never);
  return (listener as { didResolveOperation: (c: unknown) => Promise<void> }).didResolveOperation({ document, operation, request: { variables } });
}

describe('query limits', () => {
  it('accepts an ordinary admin query', async () => {
    await expect(check('{ cohorts(page: 1, pageSize: 20) { items { id name program { name sponsor { name } } } } }')).resolves.toBeUndefined();
  });

  it('rejects depth over 8, counting through fragments', async () => {
    const deep = '{ a { b { c { d { e { f { g { h { i { j } } } } } } } } } }';
    await expect(check(deep)).rejects.toThrow(/depth 9 exceeds 8/);
    await expect(check('query { a { ...F } } fragment F on X { b { c { d { e { f { g { h { i { j } } } } } } } } }')).rejects.toThrow(/depth/);
  });

  it('rejects more than 15 aliases', async () => {
    const q = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    await expect(check(q)).rejects.toThrow(/16 aliases/);
  });

  it('multiplies list cost by the page size, from literals and variables', async () => {
    const q = 'query($n: Int) { cohorts(pageSize: $n) { items { enrolments { trainee { enrolments { cohort { program { id name region } } } } } } } }';
    await expect(check(q, { n: 10 })).resolves.toBeUndefined();
    await expect(check('{ a: cohorts(pageSize: 100) { items { id name program { id name region budget sponsor { id name } } } } b: trainees(pageSize: 100) { items { id name } } }')).rejects.toThrow(/cost/);
  });

  it('rejects queries longer than 15,000 characters before parsing them', () => {
    let status = 0;
    let passed = false;
    const res = { status: (n: number) => ((status = n), { json: () => undefined }) };
    queryLengthLimit()({ body: { query: `{ me { id } } #${'x'.repeat(15_000)}` } }, res, () => (passed = true));
    expect([status, passed]).toEqual([400, false]);
    queryLengthLimit()({ body: { query: '{ me { id } }' } }, res, () => (passed = true));
    expect(passed).toBe(true);
  });
});
