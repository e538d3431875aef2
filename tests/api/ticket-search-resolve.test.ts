import { createLiveSession, createProduct, createTeam } from '@grassroots/db/testing';

import { graphql } from '../gql';
import type { CreateTicketInput } from '../gql/graphql';
import { useApi } from '../support/api';
import { codeOf, type GqlClient } from '../support/client';
import { cohortWithTrainees } from '../support/world';

/**
 * Issue 15, item 17: ticket search finds a ticket by the customer's phone for those who may see it (and only by the
 * digits a masked reader is shown), and resolving a ticket says beforehand when it would suspend the product.
 *
 * Customer phones are stored encrypted with the PII key (masked in responses unless the role may read contacts); a
 * search compares keyed hashes (blind indexes) in SQL — the full number, its last four digits, or the mask as shown —
 * never by decrypting or scanning rows in the app.
 */
const api = useApi();
let agent: GqlClient;
const CREATE = graphql(`
  mutation TicketSearchResolveCreateTicket($i: CreateTicketInput!) {
    createTicket(input: $i) {
      id
      number
      version
    }
  }
`);
const MOVE = graphql(`
  mutation TicketSearchResolveMoveTicket($i: MoveTicketInput!) {
    moveTicket(input: $i) {
      id
      version
    }
  }
`);
const SEARCH = graphql(`
  query TicketSearchResolveTickets($s: String) {
    tickets(queue: ALL, search: $s, pageSize: 100) {
      items {
        number
        customerPhone
      }
    }
  }
`);
const PREVIEW = graphql(`
  query TicketSearchResolveTicketResolutionPreview($id: ID!) {
    ticketResolutionPreview(ticketId: $id) {
      productName
      suspendsProduct
      qualityTickets
      unitsSold
      windowDays
    }
  }
`);

let streamer: { trainee: { id: string }; product: { id: string }; session: { id: string } };
let mine: { id: string; number: string };
let other: { id: string; number: string };
let trainee: GqlClient;
beforeAll(async () => {
  agent = await api.as('AFTERSALES_AGENT');
  const { cohort, trainees } = await cohortWithTrainees(api.db, 1);
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: [trainees[0].id] });
  const product = await createProduct(api.db.prisma, { name: '和田大枣 2kg', category: '干果' });
  const session = await createLiveSession(api.db.prisma, {
    traineeId: trainees[0].id,
    teamId: team.id,
    start: new Date(Date.now() - 2 * 86_400_000),
    status: 'ENDED',
    gmv: '3990.00',
    productIds: [product.id],
  });
  await api.db.prisma.liveSessionItem.updateMany({
    where: { sessionId: session.id },
    data: { unitsSold: 40, gmv: '3990.00' },
  });
  streamer = { trainee: trainees[0], product, session };
  const input = (phone: string, sessionId?: string): CreateTicketInput => ({
    orderRef: `DY${Math.floor(Math.random() * 1e9)}`,
    productId: product.id,
    sessionId,
    customerName: '李先生',
    customerPhone: phone,
    type: 'QUALITY_COMPLAINT',
    amountClaimed: '59.90',
    description: '枣子发霉',
  });
  mine = (await agent.ok(CREATE, { i: input('15811112222', session.id) })).createTicket;
  other = (await agent.ok(CREATE, { i: input('15833334444') })).createTicket;
  trainee = await api.signIn('TRAINEE', { traineeId: trainees[0].id });
});

const numbers = async (c: GqlClient, s: string) =>
  (await c.ok(SEARCH, { s })).tickets.items.map((t: { number: string }) => t.number).sort();

describe('ticket search by the customer phone', () => {
  it('agents and admins find a ticket by the exact number, however it is typed', async () => {
    const admin = await api.signIn('ADMIN');
    for (const c of [agent, admin]) {
      expect(await numbers(c, '15811112222')).toEqual([mine.number]);
      expect(await numbers(c, '158 1111 2222')).toEqual([mine.number]);
      expect(await numbers(c, '+86 158-1111-2222')).toEqual([mine.number]);
      expect(await numbers(c, '2222')).toEqual([mine.number]);
      expect(await numbers(c, '158****4444')).toEqual([other.number]);
      // No index of fragments: a prefix or middle digits find nothing, even for those who see the number.
      expect(await numbers(c, '158')).toEqual([]);
      expect(await numbers(c, '1111')).toEqual([]);
      expect((await c.ok(SEARCH, { s: '15811112222' })).tickets.items[0].customerPhone).toBe('15811112222');
    }
  });

  it('a coordinator, who sees the number masked, matches only the shown digits, never the hidden ones', async () => {
    const coordinator = await api.signIn('COORDINATOR');
    for (const hidden of ['15811112222', '158 1111 2222', '1111', '81111'])
      expect(await numbers(coordinator, hidden)).toEqual([]);
    expect(await numbers(coordinator, '2222')).toEqual([mine.number]);
    expect(await numbers(coordinator, '158****2222')).toEqual([mine.number]);
  });

  it('a trainee finds only tickets from their own sessions, by the shown digits; staff without tickets are refused', async () => {
    expect(await numbers(trainee, '2222')).toEqual([mine.number]);
    expect(await numbers(trainee, '4444')).toEqual([]);
    expect(await numbers(trainee, '15811112222')).toEqual([]);
    for (const role of ['SUPPORT', 'QC_INSPECTOR', 'SPONSOR'] as const)
      expect(codeOf(await (await api.signIn(role)).request(SEARCH, { s: '15811112222' }))).toBe('FORBIDDEN');
    expect(codeOf(await api.client().request(SEARCH, { s: '15811112222' }))).toBe('UNAUTHENTICATED');
  });
});

describe('customer phones at rest', () => {
  it('hold no digit of the number in SQL: ciphertext under the current PII key and keyed hashes only', async () => {
    const sql = await api.db.sql();
    const [row] = await sql.query<Record<string, string | null>>(
      `SELECT "customerPhone", "customerPhoneCipher", "customerPhoneHash", "customerPhoneTailHash", "customerPhoneMaskHash"
         FROM "AfterSalesTicket" WHERE id = $1`,
      [mine.id],
    );
    expect(row.customerPhone).toBeNull();
    expect(row.customerPhoneCipher).toMatch(/^v2:[0-9a-f]{8}:/);
    // The whole row as text (ciphertext, hashes and every other column) holds no run of the number's digits. (Runs of
    // eight: a shorter run can turn up by chance in hex hashes or the order number.)
    const [whole] = await sql.query<{ t: string }>(`SELECT t::text AS t FROM "AfterSalesTicket" t WHERE id = $1`, [
      mine.id,
    ]);
    for (const digits of ['15811112222', '15811112', '58111122', '81111222', '11112222'])
      expect(whole.t).not.toContain(digits);
    expect(row.customerPhoneCipher).not.toContain('15811112222');
  });

  it('a ticket written before the encryption is sealed by the start-up backfill, then found like the others', async () => {
    const { backfillCustomerPhones, createPiiCipher } = await import('@grassroots/db');
    const legacy = await api.db.prisma.afterSalesTicket.create({
      data: {
        number: `AS-OLD-${Date.now()}`,
        orderRef: 'DY-OLD',
        productId: streamer.product.id,
        customerName: '老顾客',
        customerPhone: '13655556666',
        type: 'OTHER',
        amountClaimed: '5.00',
      },
    });
    expect(await numbers(agent, '13655556666')).toEqual([]); // not indexed yet
    expect(await backfillCustomerPhones(await api.db.sql(), createPiiCipher())).toBeGreaterThanOrEqual(1);
    const after = await api.db.prisma.afterSalesTicket.findUniqueOrThrow({ where: { id: legacy.id } });
    expect(after.customerPhone).toBeNull();
    expect(after.customerPhoneCipher).toMatch(/^v2:/);
    expect(await numbers(agent, '136 5555 6666')).toEqual([legacy.number]);
    expect((await agent.ok(SEARCH, { s: '13655556666' })).tickets.items[0].customerPhone).toBe('13655556666');
    expect(await numbers(await api.signIn('COORDINATOR'), '136****6666')).toEqual([legacy.number]);
  });
});

describe('resolving a ticket that would suspend its product', () => {
  it('is announced before the agent confirms, and happens as announced', async () => {
    const resolve = async (t: { id: string; version: number }) => {
      let v = (await agent.ok(MOVE, { i: { ticketId: t.id, version: t.version, action: 'TRIAGE' } })).moveTicket
        .version;
      v = (await agent.ok(MOVE, { i: { ticketId: t.id, version: v, action: 'START' } })).moveTicket.version;
      await agent.ok(MOVE, { i: { ticketId: t.id, version: v, action: 'RESOLVE', rootCause: 'QUALITY' } });
    };
    const create = async () =>
      (
        await agent.ok(CREATE, {
          i: {
            orderRef: `DY${Math.floor(Math.random() * 1e9)}`,
            productId: streamer.product.id,
            customerName: '王女士',
            customerPhone: '13900001111',
            type: 'QUALITY_COMPLAINT',
            amountClaimed: '59.90',
            description: '枣子发霉',
          },
        })
      ).createTicket;
    // Two quality complaints against 40 units: the third one resolved as QUALITY crosses the policy (≥ 3 and > 5 %).
    await resolve(await create());
    const second = await create();
    expect((await agent.ok(PREVIEW, { id: second.id })).ticketResolutionPreview).toEqual({
      productName: '和田大枣 2kg',
      suspendsProduct: false,
      qualityTickets: 2,
      unitsSold: 40,
      windowDays: 30,
    });
    await resolve(second);
    const third = await create();
    expect((await agent.ok(PREVIEW, { id: third.id })).ticketResolutionPreview).toMatchObject({
      suspendsProduct: true,
      qualityTickets: 3,
    });
    await resolve(third);
    expect((await api.db.prisma.product.findUniqueOrThrow({ where: { id: streamer.product.id } })).status).toBe(
      'SUSPENDED',
    );
    // Once suspended, nothing more to announce.
    expect((await agent.ok(PREVIEW, { id: mine.id })).ticketResolutionPreview.suspendsProduct).toBe(false);
  });

  it('is for those who resolve tickets, on tickets they may see', async () => {
    expect(codeOf(await trainee.request(PREVIEW, { id: mine.id }))).toBe('FORBIDDEN');
    expect(codeOf(await (await api.signIn('COORDINATOR')).request(PREVIEW, { id: mine.id }))).toBe('FORBIDDEN');
    expect(codeOf(await api.client().request(PREVIEW, { id: mine.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await agent.request(PREVIEW, { id: 'c0000000000000000000000000' }))).toBe('NOT_FOUND');
  });
});
