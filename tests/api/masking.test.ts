import { createPiiCipher, sealPhone } from '@grassroots/db';
import { createProduct, createTrainee } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import type { GqlClient } from '../support/client';
import { buildWorld, type World } from '../support/world';

/**
 * What is masked cannot be recovered: a role matches a search only on what it is shown, and a sponsor gets
 * trainees de-identified through every path it can reach (docs/adr/0009).
 */
const api = useApi();
let w: World;
let agent: GqlClient; // sees trainees' phones masked; customers' phones in full
let coordinator: GqlClient; // sees trainees' phones and ID numbers in full; customers' phones masked
let sponsorA: GqlClient;
let support: GqlClient;
let probe: Awaited<ReturnType<typeof createTrainee>>;
const PROBE_ID = '11010519491231002X';

beforeAll(async () => {
  w = await buildWorld(api.db);
  agent = await api.as('AFTERSALES_AGENT');
  coordinator = await api.as('COORDINATOR');
  sponsorA = await api.signIn('SPONSOR', { sponsorId: w.sponsorA.id });
  support = await api.as('SUPPORT');
  probe = await createTrainee(api.db.prisma, {
    name: '热依拉',
    phone: '13700001111',
    hometown: '伽师县',
    nationalId: PROBE_ID,
  });
});

const SEARCH = graphql(`
  query MaskingTrainees($s: String) {
    trainees(search: $s, pageSize: 100) {
      items {
        id
      }
    }
  }
`);
const found = async (c: GqlClient, s: string): Promise<string[]> =>
  (await c.ok(SEARCH, { s })).trainees.items.map((t: { id: string }) => t.id).sort();

describe('a role that sees phones masked (138****5678)', () => {
  it('finds nothing by hidden digits: a prefix running into the mask, middle digits, the full number', async () => {
    for (const hidden of ['1370', '13700', '0000', '00001', '3700001111', '13700001111'])
      expect(await found(agent, hidden)).toEqual([]);
    // The world's trainees all have 1xx12345678: their hidden middle digits find no one either.
    for (const hidden of ['1234', '2345', '381234', '13812345678']) expect(await found(agent, hidden)).toEqual([]);
  });

  it('still finds by the last four digits, the mask as shown, the name and the hometown', async () => {
    expect(await found(agent, '1111')).toEqual([probe.id]);
    expect(await found(agent, '137****1111')).toEqual([probe.id]);
    expect(await found(agent, '热依')).toEqual([probe.id]);
    expect(await found(agent, '伽师')).toEqual([probe.id]);
    const d = await agent.ok(
      graphql(`
        query MaskingTrainee($id: ID!) {
          trainee(id: $id) {
            phone
          }
        }
      `),
      { id: probe.id },
    );
    expect(d.trainee.phone).toBe('137****1111');
  });

  it('cannot find a trainee by an ID number it is not allowed to read', async () => {
    expect(await found(agent, PROBE_ID)).toEqual([]);
    expect(await found(support, PROBE_ID)).toEqual([]);
  });
});

describe('a role that sees phones in full', () => {
  it('matches any part of the number as before, and a full ID number through its hash', async () => {
    expect(await found(coordinator, '1370000')).toEqual([probe.id]);
    expect(await found(coordinator, '00001')).toEqual([probe.id]);
    expect(await found(coordinator, PROBE_ID.toLowerCase())).toEqual([probe.id]);
    expect(await found(coordinator, PROBE_ID.slice(0, 10))).toEqual([]);
  });
});

describe('tickets by customer phone', () => {
  beforeAll(async () => {
    const product = await createProduct(api.db.prisma, { name: '红枣 1kg', category: '干果' });
    await api.db.prisma.afterSalesTicket.create({
      data: {
        number: 'AS-2026-000777',
        orderRef: 'DY777',
        productId: product.id,
        customerName: '王女士',
        ...sealPhone(createPiiCipher(), '15900002468'),
        type: 'QUALITY_COMPLAINT',
        amountClaimed: '19.90',
      },
    });
  });
  const TICKETS = graphql(`
    query MaskingTickets($s: String) {
      tickets(queue: ALL, search: $s) {
        items {
          number
          customerPhone
        }
      }
    }
  `);
  const numbers = async (c: GqlClient, s: string) =>
    (await c.ok(TICKETS, { s })).tickets.items.map((t: { number: string }) => t.number);

  it('match the full number for agents, who see it, and only the shown digits for a coordinator', async () => {
    expect(await numbers(agent, '15900002468')).toEqual(['AS-2026-000777']);
    expect(await numbers(agent, '2468')).toEqual(['AS-2026-000777']);
    // Encrypted at rest: a fragment other than the last four digits has no index, for anyone.
    expect(await numbers(agent, '1590000')).toEqual([]);
    expect(await numbers(coordinator, '2468')).toEqual(['AS-2026-000777']);
    expect(await numbers(coordinator, '159****2468')).toEqual(['AS-2026-000777']);
    for (const hidden of ['1590000', '00002', '15900002468']) expect(await numbers(coordinator, hidden)).toEqual([]);
    expect((await coordinator.ok(TICKETS, { s: '2468' })).tickets.items[0].customerPhone).toBe('159****2468');
  });
});

describe('a sponsor', () => {
  const FIELDS = 'id name phone nationalIdMasked hometown background platformAccounts { handle } statusReason';
  const deidentified = (t: Record<string, unknown>) => {
    expect(t.name).toMatch(/^.\*{1,2}$/u);
    expect(t.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(t).toMatchObject({
      nationalIdMasked: null,
      hometown: null,
      background: null,
      platformAccounts: [],
      statusReason: null,
    });
  };

  it('sees trainees de-identified through every path it can reach', async () => {
    await api.db.prisma.trainee.update({
      where: { id: w.traineeA1.id },
      data: { platformAccounts: [{ platform: 'DOUYIN', handle: '@ayiguli' }] },
    });
    // One request per path (together they would exceed the query-cost limit).
    const vars = { t: w.traineeA1.id, c: w.cohortA.id, p: w.programA.id };
    const paths = [
      `trainees(pageSize: 20) { items { ${FIELDS} } }`,
      `trainee(id: $t) { ${FIELDS} enrolments { trainee { ${FIELDS} } } }`,
      `enrolments(pageSize: 20) { items { trainee { ${FIELDS} } } }`,
      `cohort(id: $c) { enrolments { trainee { ${FIELDS} } } }`,
      `cohorts(pageSize: 5) { items { enrolments { trainee { ${FIELDS} } } } }`,
      `program(id: $p) { cohorts { enrolments { trainee { ${FIELDS} } } } }`,
      `programs(pageSize: 1) { items { cohorts { enrolments { trainee { ${FIELDS} } } } } }`,
    ];
    const d: Record<string, unknown>[] = [];
    for (const path of paths) {
      const used = ['t', 'c', 'p'].filter((k) => path.includes(`$${k}`));
      const decl = used.length ? `(${used.map((k) => `$${k}: ID!`).join(', ')})` : '';
      d.push(
        await sponsorA.ok(
          `query${decl} { ${path} }`, // a string: one document built per path
          Object.fromEntries(used.map((k) => [k, vars[k as keyof typeof vars]])),
        ),
      );
    }
    const seen: Record<string, unknown>[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        if ('hometown' in v) seen.push(v as Record<string, unknown>);
        Object.values(v).forEach(walk);
      }
    };
    walk(d);
    expect(seen.length).toBeGreaterThanOrEqual(12);
    seen.forEach(deidentified);
    expect(new Set(seen.filter((t) => t.id === w.traineeA1.id).map((t) => t.name))).toEqual(new Set(['阿**']));
    expect(JSON.stringify(d)).not.toMatch(/阿依古丽|买买提|ayiguli|疏附县塔什米里克乡/);
  });

  it('sees the same pseudonym as the report drill-down', async () => {
    const d = await sponsorA.ok(
      graphql(`
        query MaskingReportTrainees($p: ID!, $c: ID!) {
          reportTrainees(programId: $p, cohortId: $c, period: "2026-10") {
            name
          }
          cohort(id: $c) {
            enrolments {
              trainee {
                name
              }
            }
          }
        }
      `),
      { p: w.programA.id, c: w.cohortA.id },
    );
    expect(d.cohort.enrolments.map((e: { trainee: { name: string } }) => e.trainee.name).sort()).toEqual(
      d.reportTrainees.map((r: { name: string }) => r.name).sort(),
    );
  });

  it('finds trainees only by what it is shown: the pseudonym, never a full name, hometown or hidden digit', async () => {
    expect(await found(sponsorA, '阿')).toEqual([w.traineeA1.id]);
    expect(await found(sponsorA, '阿**')).toEqual([w.traineeA1.id]);
    for (const hidden of ['阿依', '阿依古丽', '买买提', '疏附', '1381', '13812345678'])
      expect(await found(sponsorA, hidden)).toEqual([]);
    expect(await found(sponsorA, '5678')).toEqual([w.traineeA1.id, w.traineeA2.id].sort());
  });
});
