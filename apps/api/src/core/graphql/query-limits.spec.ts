import fs from 'node:fs';
import path from 'node:path';

import {
  buildSchema,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';

import {
  checkLimits,
  LIST_SIZES,
  measureOperation,
  QUERY_LIMITS,
  queryLengthLimit,
  queryLimitsPlugin,
} from './query-limits';

// The committed schema the app builds (a test elsewhere keeps it equal to the code).
const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema.gql'), 'utf8'));

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return measureOperation(schema, document, operation, variables);
}

async function check(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const listener = await queryLimitsPlugin().requestDidStart!({} as never);
  return (listener as { didResolveOperation: (c: unknown) => Promise<void> }).didResolveOperation({
    schema,
    document,
    operation,
    request: { variables },
  });
}

/** Each fragment spreads the next one twice: 2^levels `me` fields once expanded, in a document of ~40 bytes a level. */
function fanOut(levels: number): string {
  let q = 'query { ...F0 }\n';
  for (let i = 0; i < levels; i++) q += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
  return `${q}fragment F${levels} on Query { me { id } }\n`;
}

function cpuMs(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

const { default: LIST, fields: SIZES } = LIST_SIZES;

describe('query cost', () => {
  it('counts objects, not scalars: a page of 100 plain rows costs the page and its 100 rows', () => {
    expect(measure('{ trainees(pageSize: 100) { total items { id name phone hometown status } } }').cost).toBe(101);
    expect(measure('{ trainees(pageSize: 100) { items { id } } }').cost).toBe(101);
    expect(measure('{ me { id name role } }').cost).toBe(1);
    expect(measure('{ __typename }').cost).toBe(0);
  });

  it('takes the page size from a literal, a variable, the variable default, or else the argument default', () => {
    const q = 'query($n: Int) { cohorts(pageSize: $n) { items { id } } }';
    expect(measure(q, { n: 10 }).cost).toBe(11);
    expect(measure(q).cost).toBe(21); // pageSize defaults to 20 in the schema
    expect(measure('query($n: Int! = 100) { cohorts(pageSize: $n) { items { id } } }').cost).toBe(101);
    expect(measure('query($n: Int! = 100) { cohorts(pageSize: $n) { items { id } } }', { n: 5 }).cost).toBe(6);
    expect(measure('{ cohorts { items { id } } }').cost).toBe(21);
  });

  it('refuses a variable default that would have skipped the limit', async () => {
    const q = 'query($n: Int! = 100) { trainees(pageSize: $n) { items { id enrolments { id cohort { id } } } } }';
    await expect(check(q)).rejects.toThrow(/Query cost \d+ exceeds 2500/);
    await expect(check(q, { n: 10 })).resolves.toBeUndefined();
  });

  it('multiplies lists without a page size by their figure from the schema type (default or per field)', () => {
    // Cohort.enrolments is a list with no pageSize: the default cohort-sized figure applies.
    expect(measure('{ cohort(id: "c") { enrolments { id } } }').cost).toBe(1 + LIST);
    expect(measure('{ cohort(id: "c") { enrolments { id trainee { id } } } }').cost).toBe(1 + LIST * 2);
    expect(measure('{ team(id: "t") { members { id } trainees { id } } }').cost).toBe(
      1 + SIZES['Team.members'] + SIZES['Team.trainees'],
    );
    // A page's items are multiplied once, by the page size.
    expect(measure('{ teams(pageSize: 10) { items { id members { id } } } }').cost).toBe(
      1 + 10 * (1 + SIZES['Team.members']),
    );
  });

  it('refuses deep nesting of unpaginated lists that would return thousands of objects', async () => {
    const q = '{ cohort(id: "c") { enrolments { trainee { enrolments { cohort { enrolments { id } } } } } } }';
    expect(measure(q).cost).toBeGreaterThan(LIST ** 3);
    await expect(check(q)).rejects.toThrow(/cost/);
    await expect(check('{ cohorts(pageSize: 100) { items { enrolments { id } } } }')).rejects.toThrow(
      /cost 3101 exceeds/,
    );
  });

  it('gives every per-field figure to a list field that exists in the schema', () => {
    for (const key of Object.keys(SIZES)) {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName);
      const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
      expect([key, field && isListType(getNullableType(field.type))]).toEqual([key, true]);
    }
  });
});

describe('fragments are measured once, in time linear in the document', () => {
  it('refuses a 40-level fan-out of fragments at once (2^40 fields once expanded)', async () => {
    const q = fanOut(40);
    expect(measure(q).cost).toBe(2 ** 40);
    let refused: unknown;
    const ms = cpuMs(() => {
      refused = checkLimits(measure(q));
    });
    expect(String(refused)).toMatch(/Query cost 1.1e\+12 exceeds 2500/);
    expect(ms).toBeLessThan(10);
  });

  it('takes time proportional to the size of the document, whatever its shape', () => {
    const time = (levels: number) => {
      const document = parse(fanOut(levels)); // parsing is Apollo's, not part of the measure
      const operation = document.definitions[0] as OperationDefinitionNode;
      measureOperation(schema, document, operation); // warm up
      return cpuMs(() => measureOperation(schema, document, operation));
    };
    expect(fanOut(350).length).toBeLessThan(QUERY_LIMITS.maxLength); // about the longest fan-out the API accepts
    expect(time(350)).toBeLessThan(50);
    const [small, large] = [time(1_000), time(4_000)]; // ~40 KB and ~160 KB, far beyond the length limit
    // 4× the document: linear is ~4×; expanding per spread (or anything quadratic) would be 16× or astronomically more.
    expect(large / Math.max(small, 0.05)).toBeLessThan(10);
    expect(measure(fanOut(4_000)).cost).toBe(Infinity); // 2^4000 overflows a double: still refused
    expect(checkLimits(measure(fanOut(4_000)))?.message).toMatch(/cost/);
  });

  it('counts depth, aliases and directives through fragments', async () => {
    await expect(check('{ a: me { id } ...F } fragment F on Query { b: me { id } }')).resolves.toBeUndefined();
    const deep =
      '{ ...A } fragment A on Query { cohort(id: "c") { program { cohorts { program { ...B } } } } } fragment B on Program { cohorts { program { cohorts { program { cohorts { id } } } } } }';
    expect(measure(deep).depth).toBe(9);
    await expect(check(deep)).rejects.toThrow(/depth 9 exceeds 8/);
    const aliases = `{ ...F ...F } fragment F on Query { ${Array.from({ length: 8 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    await expect(check(aliases)).rejects.toThrow(/16 aliases; at most 15/);
    const directives = `{ ...F ...F } fragment F on Query { me { ${Array.from({ length: 26 }, () => 'id @include(if: true)').join(' ')} } }`;
    await expect(check(directives)).rejects.toThrow(/52 directives; at most 50/);
  });
});

describe('refusals', () => {
  it('answer HTTP 400 with BAD_USER_INPUT and which limit was exceeded', () => {
    const e = checkLimits({ depth: 1, cost: 3101, aliases: 0, directives: 0 });
    expect(e?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      limit: { name: 'cost', max: QUERY_LIMITS.maxCost, value: 3101 },
      http: { status: 400 },
    });
    expect(checkLimits({ depth: 8, cost: QUERY_LIMITS.maxCost, aliases: 15, directives: 50 })).toBeUndefined();
  });

  it('refuses query text longer than 15,000 characters before parsing it, in a POST body or a GET query string', () => {
    const run = (req: { body?: unknown; query?: unknown }) => {
      let status = 0;
      let passed = false;
      const res = { status: (n: number) => ((status = n), { json: () => undefined }) };
      queryLengthLimit()(req as never, res, () => (passed = true));
      return passed ? 'passed' : status;
    };
    const long = `{ me { id } } #${'x'.repeat(15_000)}`;
    expect(run({ body: { query: long } })).toBe(400);
    expect(run({ query: { query: long } })).toBe(400);
    expect(run({ query: { query: [long.slice(0, 8_000), long.slice(8_000)] } })).toBe(400);
    expect(run({ body: { query: '{ me { id } }' } })).toBe('passed');
    expect(run({ query: { query: '{ me { id } }' } })).toBe('passed');
  });
});
