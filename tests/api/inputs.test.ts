import { createProduct, createProgram } from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';
import { jpegWithMetadata, PHOTO_JPEG, PHOTO_PNG, pngWithMetadata, SECRETS } from '../support/images';

const SCHEDULE_SESSION = graphql(`
  mutation InputsScheduleSession($i: ScheduleSessionInput!) {
    scheduleSession(input: $i) {
      id
    }
  }
`);

/** Inputs: photo metadata, refunds within the claim, NUL bytes and impossible dates, literal searches, web links only. */
const api = useApi();
let coordinator: GqlClient;
let inspector: GqlClient;
let agent: GqlClient;
let trainee: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
  inspector = await api.as('QC_INSPECTOR');
  agent = await api.as('AFTERSALES_AGENT');
  trainee = await api.as('TRAINEE');
});

async function roundTrip(bytes: Buffer, type: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), 'photo');
  const up = await fetch(`${api.url}/files/inspection-photos`, {
    method: 'POST',
    body: form,
    headers: { cookie: inspector.cookie! },
  });
  const body = (await up.json()) as { id: string; size: number };
  expect(up.status).toBe(201);
  const got = await fetch(`${api.url}/files/${body.id}`, { headers: { cookie: inspector.cookie! } });
  const row = await api.db.prisma.storedFile.findUniqueOrThrow({ where: { id: body.id } });
  const content = await api.db.prisma.storedFileContent.findUniqueOrThrow({ where: { storageKey: row.storageKey } });
  return { served: Buffer.from(await got.arrayBuffer()), stored: Buffer.from(content.data), size: body.size };
}

/** JPEG segments up to the start of the scan: [marker, body]. */
function segments(b: Buffer): [number, Buffer][] {
  const out: [number, Buffer][] = [];
  for (let i = 2; b[i + 1] !== 0xda;) {
    const len = b.readUInt16BE(i + 2);
    out.push([b[i + 1], b.subarray(i + 4, i + 2 + len)]);
    i += 2 + len;
  }
  return out;
}

describe('uploaded photos', () => {
  it('are stored and served without EXIF/GPS, XMP, IPTC or comments, as the same valid JPEG, upright', async () => {
    const sent = jpegWithMetadata(6);
    for (const s of SECRETS.slice(0, 5)) expect(sent.includes(s)).toBe(true);
    const { served, stored, size } = await roundTrip(sent, 'image/jpeg');
    expect(served.equals(stored)).toBe(true);
    expect(size).toBe(served.length);
    for (const s of [...SECRETS, 'GPS', 'http://ns.adobe.com', 'Photoshop']) expect(served.includes(s)).toBe(false);
    // Still the same image: start and end markers, and every byte of the original (JFIF, ICC, tables, scan) kept.
    expect([...served.subarray(0, 2), ...served.subarray(-2)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    const exifs = segments(served).filter(([m]) => m === 0xe1);
    expect(exifs).toHaveLength(1); // only the orientation, rewritten: 6 = rotate 90° clockwise
    expect(exifs[0][1].length).toBe(6 + 26);
    expect(exifs[0][1].readUInt16BE(6 + 18)).toBe(6);
    const withoutOrientation = Buffer.concat([served.subarray(0, 20), served.subarray(20 + 4 + exifs[0][1].length)]);
    expect(withoutOrientation.equals(PHOTO_JPEG)).toBe(true);
  });

  it('keep a photo without metadata byte for byte, and strip PNG text and EXIF chunks', async () => {
    expect((await roundTrip(PHOTO_JPEG, 'image/jpeg')).served.equals(PHOTO_JPEG)).toBe(true);
    const { served } = await roundTrip(pngWithMetadata(), 'image/png');
    expect(served.equals(PHOTO_PNG)).toBe(true);
  });

  it('refuse a damaged image', async () => {
    const form = new FormData();
    form.append('file', new Blob([PHOTO_JPEG.subarray(0, 300)], { type: 'image/jpeg' }), 'cut.jpg');
    const r = await fetch(`${api.url}/files/inspection-photos`, {
      method: 'POST',
      body: form,
      headers: { cookie: inspector.cookie! },
    });
    expect(r.status).toBe(415);
  });
});

describe('refunds', () => {
  it('above the amount claimed are refused on refundAmount, on update and on resolve', async () => {
    const product = await createProduct(api.db.prisma, { name: '核桃 2kg', category: '干果' });
    const t = await api.db.prisma.afterSalesTicket.create({
      data: {
        number: 'AS-2026-000901',
        orderRef: 'DY901',
        productId: product.id,
        customerName: '李女士',
        customerPhone: '13900000901',
        type: 'REFUND_ONLY',
        amountClaimed: '19.90',
      },
    });
    const UPDATE = graphql(`
      mutation InputsUpdateTicket($i: UpdateTicketInput!) {
        updateTicket(input: $i) {
          version
          refundAmount
        }
      }
    `);
    const over = await agent.request(UPDATE, { i: { ticketId: t.id, version: t.version, refundAmount: '19.91' } });
    expect(codeOf(over)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(over)).toEqual(['refundAmount']);
    const ok = (await agent.ok(UPDATE, { i: { ticketId: t.id, version: t.version, refundAmount: '19.90' } }))
      .updateTicket;
    expect(ok.refundAmount).toBe('19.90');
    const MOVE = graphql(`
      mutation InputsMoveTicket($i: MoveTicketInput!) {
        moveTicket(input: $i) {
          version
          status
        }
      }
    `);
    let v = (await agent.ok(MOVE, { i: { ticketId: t.id, version: ok.version, action: 'TRIAGE' } })).moveTicket.version;
    v = (await agent.ok(MOVE, { i: { ticketId: t.id, version: v, action: 'START' } })).moveTicket.version;
    const resolve = await agent.request(MOVE, {
      i: { ticketId: t.id, version: v, action: 'RESOLVE', rootCause: 'QUALITY', refundAmount: '100.00' },
    });
    expect(fieldsOf(resolve)).toEqual(['refundAmount']);
  });
});

describe('NUL bytes and impossible dates', () => {
  const PROGRAM = graphql(`
    mutation InputsCreateProgram($i: CreateProgramInput!) {
      createProgram(input: $i) {
        id
      }
    }
  `);
  let sponsorId: string;
  const program = (o: Record<string, unknown>) => ({
    sponsorId,
    name: '伽师县直播培训',
    region: '新疆喀什地区伽师县',
    budget: '100000.00',
    targetGmv: '500000.00',
    targetLongTermTrainees: 10,
    targetShortTermTrainees: 20,
    startDate: '2027-03-01',
    endDate: '2027-12-31',
    ...o,
  });
  beforeAll(async () => {
    sponsorId = (await createProgram(api.db.prisma)).sponsorId;
  });

  it('are BAD_USER_INPUT on the field, in inputs, ids and searches alike', async () => {
    for (const [r, field] of [
      [await coordinator.request(PROGRAM, { i: program({ name: '伽师\u0000培训' }) }), 'name'],
      [
        await coordinator.request(
          graphql(`
            query InputsTrainee($id: ID!) {
              trainee(id: $id) {
                id
              }
            }
          `),
          { id: 'abc\u0000' },
        ),
        'id',
      ],
      [
        await coordinator.request(
          graphql(`
            query InputsTrainees($s: String) {
              trainees(search: $s) {
                total
              }
            }
          `),
          { s: '\u0000' },
        ),
        'search',
      ],
      [await coordinator.request(PROGRAM, { i: program({ startDate: '0000-01-01' }) }), 'startDate'],
      [await coordinator.request(PROGRAM, { i: program({ endDate: '2027-02-30' }) }), 'endDate'],
      [
        await coordinator.request(
          graphql(`
            query InputsSessionDays {
              sessionDays(from: "0000-01-01", to: "0000-01-31") {
                date
              }
            }
          `),
        ),
        'from',
      ],
    ] as const) {
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toContain(field);
    }
    const when = await coordinator.request(SCHEDULE_SESSION, {
      i: {
        traineeId: 'x',
        title: '红枣专场',
        platform: 'DOUYIN',
        plannedMinutes: 60,
        scheduledStart: '0000-01-01T20:00:00+08:00',
        items: [{ productId: 'p', livePrice: '29.90', commissionPct: '20' }],
      },
    });
    expect(fieldsOf(when)).toContain('scheduledStart');
  });
});

describe('searches', () => {
  it('match % and _ literally', async () => {
    const literal = await createProgram(api.db.prisma, { name: '达标率100%_专项' });
    const names = async (s: string) =>
      (
        await coordinator.ok(
          graphql(`
            query InputsPrograms($s: String) {
              programs(search: $s, pageSize: 100) {
                items {
                  id
                }
              }
            }
          `),
          { s },
        )
      ).programs.items.map((p: { id: string }) => p.id);
    expect(await names('%')).toEqual([literal.id]);
    expect(await names('_')).toEqual([literal.id]);
    expect(await names('100%_')).toEqual([literal.id]);
    expect(
      (
        await coordinator.ok(
          graphql(`
            query InputsTrainees2 {
              trainees(search: "%") {
                total
              }
            }
          `),
        )
      ).trainees.total,
    ).toBe(0);
    expect(
      (
        await (
          await api.signIn('ADMIN')
        ).ok(
          graphql(`
            query InputsUsers {
              users(search: "%") {
                total
              }
            }
          `),
        )
      ).users.total,
    ).toBe(0);
  });
});

describe('links users store', () => {
  it('are http or https only', async () => {
    for (const link of [
      'javascript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
    ]) {
      const sub = await trainee.request(
        graphql(`
          mutation InputsSubmitAssignment($i: SubmitAssignmentInput!) {
            submitAssignment(input: $i) {
              id
            }
          }
        `),
        {
          i: { submissionId: 's', version: 1, links: [link] },
        },
      );
      expect(codeOf(sub)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(sub)).toEqual(['links.0']);
      const ses = await coordinator.request(SCHEDULE_SESSION, {
        i: {
          traineeId: 'x',
          title: '红枣专场',
          platform: 'DOUYIN',
          plannedMinutes: 60,
          scheduledStart: '2027-01-01T20:00:00+08:00',
          scriptUrl: link,
          items: [{ productId: 'p', livePrice: '29.90', commissionPct: '20' }],
        },
      });
      expect(fieldsOf(ses)).toContain('scriptUrl');
    }
  });
});
