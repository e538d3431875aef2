import { createCohort, createProduct, fakeNationalId } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { type TestApi, useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';
import { imported } from '../support/imports';

/**
 * A key rotation on PostgreSQL happens in steps (docs/deploy.md, `pii:rotate`): the instances are given the new key
 * (GRASSROOTS_PII_KEY) with the old one beside it (GRASSROOTS_PII_PREVIOUS_KEYS), and only then does `pii:rotate`
 * re-key the rows. In between, rows are still indexed under the old key. An instance on the new key must still find
 * them by ID number or phone, and must still refuse a second registration of the same ID number — else a duplicate
 * slips in, and the rotation's last step fails on the unique index.
 */
const OLD = Buffer.alloc(32, 42).toString('base64');
const NEW = Buffer.alloc(32, 77).toString('base64');

const CREATE_TRAINEE = graphql(`
  mutation PiiRotationLookupsCreateTrainee($i: CreateTraineeInput!) {
    createTrainee(input: $i) {
      id
    }
  }
`);
const TRAINEES = graphql(`
  query PiiRotationLookupsTrainees($s: String) {
    trainees(search: $s, pageSize: 100) {
      items {
        id
      }
    }
  }
`);
const CREATE_TICKET = graphql(`
  mutation PiiRotationLookupsCreateTicket($i: CreateTicketInput!) {
    createTicket(input: $i) {
      id
      number
    }
  }
`);
const TICKETS = graphql(`
  query PiiRotationLookupsTickets($s: String) {
    tickets(queue: ALL, search: $s, pageSize: 100) {
      items {
        number
      }
    }
  }
`);
const IMPORT = graphql(`
  mutation PiiRotationLookupsImportTrainees($i: ImportTraineesInput!) {
    importTrainees(input: $i) {
      ...ImportJobFields
    }
  }
`);
const ID = fakeNationalId('653121', '19880412', 3);
const HEADER = ['姓名', '身份证号', '手机号', '籍贯', '平台账号', '班级'];

let instance: Awaited<ReturnType<TestApi['startInstance']>>;
// Registered before useApi(): afterAll hooks run in order, and the second instance closes before the first.
afterAll(() => instance?.close());
// The keys are restored after the file, the second instance's included.
const api = useApi({ env: { GRASSROOTS_PII_KEY: OLD, GRASSROOTS_PII_PREVIOUS_KEYS: undefined } });
let onOld: GqlClient;
let onNew: GqlClient;
let agentOnNew: GqlClient;
let traineeId: string;
let ticketNumber: string;

beforeAll(async () => {
  onOld = await api.as('COORDINATOR');
  traineeId = (
    await onOld.ok(CREATE_TRAINEE, {
      i: { name: '古丽米拉', phone: '13900001111', nationalId: ID, hometown: '疏附县' },
    })
  ).createTrainee.id;
  const product = await createProduct(api.db.prisma, { name: '和田大枣 1kg', category: '干果' });
  const agent = await api.signIn('AFTERSALES_AGENT');
  ticketNumber = (
    await agent.ok(CREATE_TICKET, {
      i: {
        orderRef: 'DY-ROTATE-1',
        productId: product.id,
        customerName: '王女士',
        customerPhone: '15866667777',
        type: 'QUALITY_COMPLAINT',
        amountClaimed: '39.90',
        description: '枣子发霉',
      },
    })
  ).createTicket.number;
  // A second instance, rolled out first with the new key and the old one beside it; pii:rotate has not run yet.
  process.env.GRASSROOTS_PII_KEY = NEW;
  process.env.GRASSROOTS_PII_PREVIOUS_KEYS = OLD;
  instance = await api.startInstance();
  onNew = instance.client();
  onNew.cookie = onOld.cookie; // sessions live in the database: the same sign-in on either instance
  agentOnNew = instance.client();
  agentOnNew.cookie = agent.cookie;
});

it('still finds a trainee by ID number indexed under the previous key', async () => {
  const found = await onNew.ok(TRAINEES, { s: ID });
  expect(found.trainees.items.map((t) => t.id)).toEqual([traineeId]);
});

it('still refuses a second registration of that ID number, by form and by import', async () => {
  const again = await onNew.request(CREATE_TRAINEE, {
    i: { name: '古丽米拉', phone: '13900002222', nationalId: ID, hometown: '疏附县' },
  });
  expect(codeOf(again)).toBe('CONFLICT');
  expect(fieldsOf(again)).toEqual(['nationalId']);
  const cohort = await createCohort(api.db.prisma);
  const csv = [HEADER.join(','), `古丽米拉,${ID},13900003333,疏附县,,`].join('\n');
  const report = await imported(onNew, IMPORT, {
    i: { cohortId: cohort.id, file: Buffer.from(csv).toString('base64'), fileName: 'trainees.csv' },
  });
  expect(report.imported).toBe(0);
  expect(report.problems.map((p) => p.column)).toEqual(['nationalId']);
  expect(await api.db.prisma.trainee.count({ where: { name: '古丽米拉' } })).toBe(1);
});

it('still finds a ticket by the full phone, its last four digits and the mask as shown', async () => {
  for (const s of ['15866667777', '7777', '158****7777']) {
    const found = await agentOnNew.ok(TICKETS, { s });
    expect(found.tickets.items.map((t) => t.number)).toEqual([ticketNumber]);
  }
});

it('indexes what it writes under the new key and finds it there', async () => {
  const other = fakeNationalId('653121', '19900101', 5);
  const created = (
    await onNew.ok(CREATE_TRAINEE, {
      i: { name: '阿曼古丽', phone: '13900004444', nationalId: other, hometown: '伽师县' },
    })
  ).createTrainee.id;
  expect((await onNew.ok(TRAINEES, { s: other })).trainees.items.map((t) => t.id)).toEqual([created]);
});
