import {
  createCohort,
  createEnrolment,
  createLiveSession,
  createProgram,
  createSponsor,
  createTeam,
  createTrainee,
} from '@grassroots/db/testing';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, fieldsOf, type GqlClient } from '../support/client';
import { pdfToText } from '../support/pdf';

/**
 * Answering a returned report: the coordinator resubmits with a reply (required, capped) and documents; the sponsor
 * sees the reply, the attachments (downloadable by their own program's people only), what changed since the
 * returned version figure by figure, and the new hash. The PDF carries the reply and a seal/date block.
 */
const api = useApi();
let coordinator: GqlClient & { userId: string };
let sponsor: GqlClient & { userId: string };
let otherSponsor: GqlClient & { userId: string };
let programId: string;
let teamId: string;
let traineeId: string;

const REPORT = graphql(`
  query ReportReplyProgramReport($p: ID!) {
    programReport(programId: $p, period: "2026-10") {
      report {
        id
        status
        version
        snapshotHash
        returnComments
        reply
        previousSnapshotHash
        changesSinceReturn {
          figure
          before
          after
        }
        attachments {
          fileId
          name
          size
          contentType
        }
        events {
          action
          comments
        }
      }
    }
  }
`);
const PREPARE = graphql(`
  mutation ReportReplyPrepareReport($i: PrepareReportInput!) {
    prepareReport(input: $i) {
      id
      status
      version
    }
  }
`);
const SUBMIT = graphql(`
  mutation ReportReplySubmitReport($i: SubmitReportInput!) {
    submitReport(input: $i) {
      id
      status
      version
      snapshotHash
      reply
    }
  }
`);
const RETURN = graphql(`
  mutation ReportReplyReturnReport($i: ReturnReportInput!) {
    returnReport(input: $i) {
      id
      status
      version
    }
  }
`);
const CSV = Buffer.from('订单号,售后类型,退款金额\nDY1001,仅退款,39.90\nDY1002,退货退款,79.80\n', 'utf8');

async function upload(c: GqlClient | null, bytes: Buffer, name = 'after-sales.csv', type = 'text/csv') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${api.url}/files/report-attachments`, {
    method: 'POST',
    body: form,
    headers: c?.cookie ? { cookie: c.cookie } : {},
  });
  return { status: res.status, body: (await res.json()) as any };
}
const download = (c: GqlClient | null, fileId: string) =>
  fetch(`${api.url}/files/${fileId}`, { headers: c?.cookie ? { cookie: c.cookie } : {} });

beforeAll(async () => {
  const p = api.db.prisma;
  const s = await createSponsor(p);
  const other = await createSponsor(p);
  const program = await createProgram(p, {
    sponsorId: s.id,
    startDate: new Date('2026-09-01T00:00:00Z'),
    endDate: new Date('2027-03-31T00:00:00Z'),
  });
  programId = program.id;
  const cohort = await createCohort(p, { programId, status: 'IN_PROGRESS' });
  const trainee = await createTrainee(p, { status: 'ACTIVE' });
  traineeId = trainee.id;
  await createEnrolment(p, { traineeId, cohortId: cohort.id, enrolledAt: new Date('2026-09-05T01:00:00Z') });
  teamId = (await createTeam(p, { cohortId: cohort.id, traineeIds: [traineeId] })).id;
  await createLiveSession(p, {
    traineeId,
    teamId,
    start: new Date('2026-10-10T12:00:00Z'),
    status: 'ENDED',
    gmv: '1500.00',
  });
  coordinator = await api.as('COORDINATOR');
  sponsor = await api.signIn('SPONSOR', { sponsorId: s.id });
  otherSponsor = await api.signIn('SPONSOR', { sponsorId: other.id });
});

let reportId: string;
let returnedHash: string;
let version: number;

it('takes no reply on a first submission; a returned report needs one', async () => {
  const draft = (await coordinator.ok(PREPARE, { i: { programId, period: '2026-10' } })).prepareReport;
  reportId = draft.id;
  expect(
    fieldsOf(await coordinator.request(SUBMIT, { i: { reportId, version: draft.version, reply: '没有什么可答复的' } })),
  ).toEqual(['reply']);
  const sent = (await coordinator.ok(SUBMIT, { i: { reportId, version: draft.version } })).submitReport;
  expect(sent.reply).toBeNull();
  returnedHash = sent.snapshotHash;
  version = (await sponsor.ok(RETURN, { i: { reportId, comments: '10月的退款数据与平台售后导出不一致，请核对' } }))
    .returnReport.version;

  expect(fieldsOf(await coordinator.request(SUBMIT, { i: { reportId, version } }))).toEqual(['reply']);
  expect(fieldsOf(await coordinator.request(SUBMIT, { i: { reportId, version, reply: 'x'.repeat(2001) } }))).toEqual([
    'reply',
  ]);
});

it('accepts only the coordinator’s own, unsent uploads of an allowed type as attachments', async () => {
  expect((await upload(sponsor, CSV)).status).toBe(403);
  expect((await upload(null, CSV)).status).toBe(401);
  expect(
    (await upload(coordinator, Buffer.from([0x00, 0x01, 0x02, 0xff]), 'x.bin', 'application/octet-stream')).status,
  ).toBe(415);
  const other = await api.signIn('COORDINATOR');
  const theirs = (await upload(other, CSV)).body.id;
  const r = await coordinator.request(SUBMIT, { i: { reportId, version, reply: '已核对', attachmentIds: [theirs] } });
  expect(codeOf(r)).toBe('BAD_USER_INPUT');
  expect(r.errors![0].extensions!.fields).toMatchObject([{ field: 'attachmentIds.0', message: 'No such file' }]);
  expect(
    await api.db.prisma.sponsorReport.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } }),
  ).toEqual({ status: 'RETURNED' });
});

let fileId: string;

it('resubmits with the reply and the after-sales export; the sponsor sees the reply, the changes and the new hash', async () => {
  // The correction: a session left out of October is recorded.
  await createLiveSession(api.db.prisma, {
    traineeId,
    teamId,
    start: new Date('2026-10-20T12:00:00Z'),
    status: 'ENDED',
    gmv: '800.00',
  });
  const up = await upload(coordinator, CSV);
  expect(up.status).toBe(201);
  fileId = up.body.id;
  const reply = '已按平台售后导出核对：10月20日场次漏记，已补录；售后导出见附件。';
  const again = (await coordinator.ok(SUBMIT, { i: { reportId, version, reply, attachmentIds: [fileId] } }))
    .submitReport;
  expect(again).toMatchObject({ status: 'SUBMITTED', reply });
  expect(again.snapshotHash).not.toBe(returnedHash);

  const seen = (await sponsor.ok(REPORT, { p: programId })).programReport.report;
  expect(seen).toMatchObject({ reply, snapshotHash: again.snapshotHash, previousSnapshotHash: returnedHash });
  expect(seen.attachments).toEqual([{ fileId, name: 'after-sales.csv', size: CSV.length, contentType: 'text/csv' }]);
  expect(seen.changesSinceReturn).toEqual(
    expect.arrayContaining([{ figure: 'live.gmv', before: '1500.00', after: '2300.00' }]),
  );
  expect(seen.changesSinceReturn.every((c) => c.before !== c.after)).toBe(true);
  expect(seen.events.map((e) => [e.action, e.comments])).toEqual([
    ['PREPARE', null],
    ['SUBMIT', null],
    ['RETURN', '10月的退款数据与平台售后导出不一致，请核对'],
    ['SUBMIT', reply],
  ]);
  // A file goes with one report only.
  const r = await coordinator.request(SUBMIT, {
    i: { reportId, version: version + 1, reply: '再次', attachmentIds: [fileId] },
  });
  expect(codeOf(r)).toBe('CONFLICT');
});

it('lets the program’s sponsor download the attachment; another sponsor and anonymous cannot', async () => {
  const mine = await download(sponsor, fileId);
  expect(mine.status).toBe(200);
  expect(Buffer.from(await mine.arrayBuffer()).equals(CSV)).toBe(true);
  expect(mine.headers.get('content-disposition')).toMatch(/^attachment;/);
  expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
  expect((await download(otherSponsor, fileId)).status).toBe(404);
  expect((await download(null, fileId)).status).toBe(401);
  expect((await download(await api.signIn('QC_INSPECTOR'), fileId)).status).toBe(404);
  expect((await download(coordinator, fileId)).status).toBe(200);
  // Another sponsor does not even see the report, so neither its reply nor its attachments.
  expect((await otherSponsor.request(REPORT, { p: programId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

it('prints the reply, both hashes and a seal/date block in the PDF', async () => {
  const pdf = await fetch(`${api.url}/exports/reports/${programId}/2026-10/report.pdf`, {
    headers: { cookie: sponsor.cookie! },
  });
  expect(pdf.status).toBe(200);
  const text = (await pdfToText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, '');
  expect(text).toContain('对退回意见的答复');
  expect(text).toContain('10月20日场次漏记');
  expect(text).toContain(returnedHash);
  expect(text).toContain('单位盖章');
  expect(text).toContain('Sealoftheorganisation');
  expect(text).toContain('日期');
  expect(text).toContain('live.gmv');
});
