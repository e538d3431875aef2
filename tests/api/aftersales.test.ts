import { createLiveSession, createProduct, createTeam } from '@grassroots/db/testing';

import { graphql } from '../gql';
import type { CreateTicketInput } from '../gql/graphql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';
import { cohortWithTrainees } from '../support/world';

/** After-sales tickets: the state machine over HTTP, lost updates, masking, scoping, refunds into results, the feedback loop. */
const api = useApi();
let agent: GqlClient & { userId: string };
beforeAll(async () => {
  agent = await api.as('AFTERSALES_AGENT');
});

const COMMENT_TICKET = graphql(`
  mutation AftersalesCommentTicket($i: CommentTicketInput!) {
    commentTicket(input: $i) {
      id
    }
  }
`);
const TICKETS = graphql(`
  query AftersalesTickets2 {
    tickets {
      total
    }
  }
`);
const CREATE = graphql(`
  mutation AftersalesCreateTicket($i: CreateTicketInput!) {
    createTicket(input: $i) {
      id
      number
      status
      version
      traineeId
      customerPhone
      actions
    }
  }
`);
const MOVE = graphql(`
  mutation AftersalesMoveTicket($i: MoveTicketInput!) {
    moveTicket(input: $i) {
      id
      status
      version
      resolvedAt
      rootCause
    }
  }
`);
const GET = graphql(`
  query AftersalesTicket($id: ID!) {
    ticket(id: $id) {
      status
      version
      customerPhone
      refundAmount
      clocks {
        firstResponse {
          breached
          stoppedAt
          dueSoon
        }
        resolution {
          dueAt
          paused
        }
        returnEligible
        returnWindowClosesAt
        refundDueAt
      }
      events {
        kind
        internal
        body
        toStatus
        author {
          name
        }
      }
    }
  }
`);

async function sold(units = 100) {
  const { cohort, trainees } = await cohortWithTrainees(api.db, 1);
  const team = await createTeam(api.db.prisma, { cohortId: cohort.id, traineeIds: [trainees[0].id] });
  const product = await createProduct(api.db.prisma, { name: '冰糖心苹果 5kg', perishable: true, category: '水果' });
  const session = await createLiveSession(api.db.prisma, {
    traineeId: trainees[0].id,
    teamId: team.id,
    start: new Date(Date.now() - 2 * 86_400_000),
    status: 'ENDED',
    gmv: '4990.00',
    productIds: [product.id],
  });
  await api.db.prisma.liveSessionItem.updateMany({
    where: { sessionId: session.id },
    data: { unitsSold: units, gmv: '4990.00' },
  });
  return { trainee: trainees[0], product, session };
}
const ticketInput = (productId: string, sessionId?: string): CreateTicketInput => ({
  orderRef: `DY${Date.now()}${Math.floor(Math.random() * 1000)}`,
  productId,
  sessionId,
  customerName: '张女士',
  customerPhone: '13912345678',
  type: 'QUALITY_COMPLAINT',
  priority: 'HIGH',
  amountClaimed: '49.90',
  deliveredAt: new Date(Date.now() - 86_400_000).toISOString(),
  description: '收到的苹果有三个烂了',
});

it('takes a quality ticket through the state machine, refusing illegal moves and stale versions', async () => {
  const { product, session, trainee } = await sold();
  const t = (await agent.ok(CREATE, { i: ticketInput(product.id, session.id) })).createTicket;
  expect(t).toMatchObject({ status: 'NEW', traineeId: trainee.id, customerPhone: '13912345678', actions: ['TRIAGE'] });
  expect(t.number).toMatch(/^AS-\d{4}-\d{6}$/);
  expect(
    codeOf(
      await agent.request(MOVE, { i: { ticketId: t.id, version: t.version, action: 'RESOLVE', rootCause: 'QUALITY' } }),
    ),
  ).toBe('CONFLICT');

  let v = (await agent.ok(MOVE, { i: { ticketId: t.id, version: t.version, action: 'TRIAGE' } })).moveTicket.version;
  v = (await agent.ok(MOVE, { i: { ticketId: t.id, version: v, action: 'START' } })).moveTicket.version;
  // Two agents open the ticket at version v; the second save is refused, not silently applied.
  await agent.ok(MOVE, { i: { ticketId: t.id, version: v, action: 'WAIT_FOR_CUSTOMER', note: '请顾客提供照片' } });
  const lost = await agent.request(MOVE, {
    i: { ticketId: t.id, version: v, action: 'RESOLVE', rootCause: 'QUALITY' },
  });
  expect(codeOf(lost)).toBe('CONFLICT');
  expect(lost.errors![0].message).toMatch(/Someone else changed this ticket/);

  const waiting = (await agent.ok(GET, { id: t.id })).ticket;
  expect(waiting.clocks.resolution.paused).toBe(true);
  expect(waiting.clocks.returnEligible).toBe(false); // fresh fruit: no 7-day no-reason return
  await agent.ok(COMMENT_TICKET, {
    i: { ticketId: t.id, body: '您好，已收到照片，马上为您退款。', internal: false },
  });
  await agent.ok(COMMENT_TICKET, {
    i: { ticketId: t.id, body: '供应商这批货有问题', internal: true },
  });
  v = (await agent.ok(MOVE, { i: { ticketId: t.id, version: waiting.version, action: 'CUSTOMER_REPLIED' } })).moveTicket
    .version;
  expect(fieldsOf(await agent.request(MOVE, { i: { ticketId: t.id, version: v, action: 'RESOLVE' } }))).toEqual([
    'rootCause',
  ]);
  const resolved = (
    await agent.ok(MOVE, {
      i: { ticketId: t.id, version: v, action: 'RESOLVE', rootCause: 'QUALITY', refundAmount: '49.90' },
    })
  ).moveTicket;
  expect(resolved).toMatchObject({ status: 'RESOLVED', rootCause: 'QUALITY' });

  const done = (await agent.ok(GET, { id: t.id })).ticket;
  expect(done.clocks.firstResponse.stoppedAt).not.toBeNull();
  expect(done.events.map((e) => e.kind)).toEqual([
    'REPORT',
    'STATUS',
    'STATUS',
    'STATUS',
    'COMMENT',
    'COMMENT',
    'STATUS',
    'STATUS',
  ]);

  // The trainee whose session sold it sees the ticket read-only: masked phone, no internal notes.
  const streamer = await api.signIn('TRAINEE', { traineeId: trainee.id });
  const seen = (await streamer.ok(GET, { id: t.id })).ticket;
  expect(seen.customerPhone).toBe('139****5678');
  expect(seen.events.some((e) => e.internal)).toBe(false);
  expect(
    codeOf(await streamer.request(MOVE, { i: { ticketId: t.id, version: resolved.version, action: 'CLOSE' } })),
  ).toBe('FORBIDDEN');
  const other = await api.signIn('TRAINEE', { traineeId: (await cohortWithTrainees(api.db, 1)).trainees[0].id });
  expect(codeOf(await other.request(GET, { id: t.id }))).toBe('NOT_FOUND');
  expect(
    (
      await other.ok(
        graphql(`
          query AftersalesTickets {
            tickets(queue: ALL) {
              total
            }
          }
        `),
      )
    ).tickets.total,
  ).toBe(0);
  expect(codeOf(await (await api.signIn('SPONSOR')).request(TICKETS))).toBe('FORBIDDEN');
  expect(codeOf(await (await api.signIn('QC_INSPECTOR')).request(TICKETS))).toBe('FORBIDDEN');
  expect(codeOf(await api.client().request(TICKETS))).toBe('UNAUTHENTICATED');
  expect((await (await api.signIn('COORDINATOR')).ok(GET, { id: t.id })).ticket.customerPhone).toBe('139****5678');
});

it('flows refunds into the session’s net result', async () => {
  const { product, session } = await sold();
  const before = await api.db.prisma.liveSession.findUniqueOrThrow({ where: { id: session.id } });
  const t = (
    await agent.ok(CREATE, {
      i: { ...ticketInput(product.id, session.id), type: 'REFUND_ONLY', amountClaimed: '99.80' },
    })
  ).createTicket;
  await agent.ok(
    graphql(`
      mutation AftersalesUpdateTicket($i: UpdateTicketInput!) {
        updateTicket(input: $i) {
          id
        }
      }
    `),
    {
      i: { ticketId: t.id, version: t.version, refundAmount: '99.80', refundedAt: new Date().toISOString() },
    },
  );
  const after = await api.db.prisma.liveSession.findUniqueOrThrow({ where: { id: session.id } });
  expect(after.refunds.toFixed(2)).toBe('99.80');
  // commission 4,990.00 × 25 % scaled by (4,990.00 − 99.80) / 4,990.00 = 1,222.55; net = 4,990.00 − 99.80 − 1,222.55 − 300.00
  expect(after.commission!.toFixed(2)).toBe('1222.55');
  expect(after.netResult!.toFixed(2)).toBe('3367.65');
  expect(before.refunds.toFixed(2)).toBe('0.00');
});

it('suspends a product after too many quality complaints and opens its re-inspection', async () => {
  const { product, session } = await sold(40);
  for (let i = 0; i < 3; i++) {
    const t = (await agent.ok(CREATE, { i: ticketInput(product.id, session.id) })).createTicket;
    let v = (await agent.ok(MOVE, { i: { ticketId: t.id, version: t.version, action: 'TRIAGE' } })).moveTicket.version;
    v = (await agent.ok(MOVE, { i: { ticketId: t.id, version: v, action: 'START' } })).moveTicket.version;
    await agent.ok(MOVE, { i: { ticketId: t.id, version: v, action: 'RESOLVE', rootCause: 'QUALITY' } });
  }
  const p = await api.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } });
  expect(p.status).toBe('SUSPENDED');
  expect(p.statusReason).toBe('3 quality complaints in 30 days against 40 units sold');
  expect(await api.db.prisma.qcTask.count({ where: { productId: product.id, closedAt: null } })).toBe(1);
  // The QC queue and the ticket's timeline say why as message codes with params, for the reader's language.
  const task = await api.db.prisma.qcTask.findFirstOrThrow({ where: { productId: product.id, closedAt: null } });
  expect(task).toMatchObject({
    reason: 'Re-inspection: 3 quality complaints in 30 days against 40 units sold',
    reasonCode: 'qc.task.reinspection',
    reasonParams: { reason: { code: 'qc.reason.qualityComplaints', params: { count: 3, days: 30, units: 40 } } },
  });
  const system = await api.db.prisma.ticketEvent.findFirstOrThrow({
    where: { kind: 'SYSTEM', ticket: { productId: product.id } },
  });
  expect(system).toMatchObject({
    messageCode: 'aftersales.event.productSuspended',
    body: 'Product suspended and sent for re-inspection: 3 quality complaints in 30 days against 40 units sold',
  });
});

it('queues tickets whose clocks are breached', async () => {
  const { product } = await sold();
  const t = (await agent.ok(CREATE, { i: { ...ticketInput(product.id), priority: 'URGENT' } })).createTicket;
  await api.db.prisma.afterSalesTicket.update({
    where: { id: t.id },
    data: { createdAt: new Date(Date.now() - 2 * 3600_000) },
  });
  const breached = (
    await agent.ok(
      graphql(`
        query AftersalesTickets5 {
          tickets(queue: BREACHED) {
            items {
              id
            }
          }
        }
      `),
    )
  ).tickets.items.map((x) => x.id);
  expect(breached).toContain(t.id);
  expect(
    (
      await agent.ok(
        graphql(`
          query AftersalesTickets6 {
            tickets(queue: MINE) {
              total
            }
          }
        `),
      )
    ).tickets.total,
  ).toBe(0);
});

it('refuses a ticket for a product the session did not feature', async () => {
  const { session } = await sold();
  const other = await createProduct(api.db.prisma);
  expect(fieldsOf(await agent.request(CREATE, { i: ticketInput(other.id, session.id) }))).toEqual(['sessionId']);
});

it('assigns a ticket to an agent only, under the version check', async () => {
  const { product } = await sold();
  const t = (await agent.ok(CREATE, { i: ticketInput(product.id) })).createTicket;
  const ASSIGN = graphql(`
    mutation AftersalesAssignTicket($i: AssignTicketInput!) {
      assignTicket(input: $i) {
        version
        assignee {
          id
        }
      }
    }
  `);
  const coordinator = await api.signIn('COORDINATOR');
  expect(
    fieldsOf(
      await agent.request(ASSIGN, { i: { ticketId: t.id, version: t.version, assigneeId: coordinator.userId } }),
    ),
  ).toEqual(['assigneeId']);
  const done = (await agent.ok(ASSIGN, { i: { ticketId: t.id, version: t.version, assigneeId: agent.userId } }))
    .assignTicket;
  expect(done.assignee.id).toBe(agent.userId);
  expect(codeOf(await agent.request(ASSIGN, { i: { ticketId: t.id, version: t.version, assigneeId: null } }))).toBe(
    'CONFLICT',
  );
  expect(
    (
      await agent.ok(
        graphql(`
          query AftersalesTickets7 {
            tickets(queue: MINE) {
              items {
                id
              }
            }
          }
        `),
      )
    ).tickets.items.map((x) => x.id),
  ).toEqual([t.id]);
});
