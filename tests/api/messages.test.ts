import { createCohort, createEnrolment, createProgram, createSponsor, createTrainee } from '@grassroots/db/testing';
import { type MessageParams, renderMessage } from '@grassroots/domain';
import { zhCN } from '@grassroots/domain/messages/zh-CN';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import type { GqlClient } from '../support/client';
import { waitForJob } from '../support/imports';

/**
 * Messages are codes with parameters (ADR 0013): every refusal says what happened as a code of the shared catalog with
 * its params, whatever language the user reads (a coordinator's locale is zh-CN by default), and the English text
 * only as a fallback. The admin renders the code in the user's language; here the shared Chinese catalog does.
 */
const api = useApi();
let coordinator: GqlClient & { userId: string };
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const ENROL = graphql(`
  mutation MessagesEnrolTrainees($i: EnrolTraineesInput!) {
    enrolTrainees(input: $i) {
      id
    }
  }
`);

/** The shared Chinese catalog, rendered as the admin does (i18next's {{var}}; nested messages first). */
const inChinese = (code: string, params?: unknown) =>
  renderMessage({ code: code as never, params: params as MessageParams }, (c, p) =>
    ((zhCN as Record<string, string>)[c] ?? (zhCN as Record<string, string>)[`${c}_other`]).replace(
      /\{\{(\w+)\}\}/g,
      (_, k: string) => String(p[k]),
    ),
  );

it('refuses enrolling someone already enrolled with a code and the name as a parameter, not only a sentence', async () => {
  const p = api.db.prisma;
  const sponsor = await createSponsor(p);
  const program = await createProgram(p, { sponsorId: sponsor.id });
  const first = await createCohort(p, { programId: program.id, status: 'RECRUITING' });
  const second = await createCohort(p, { programId: program.id, status: 'RECRUITING' });
  const trainee = await createTrainee(p, { name: '阿依古丽', status: 'ENROLLED' });
  await createEnrolment(p, { traineeId: trainee.id, cohortId: first.id, status: 'ACTIVE' });
  expect((await p.user.findUniqueOrThrow({ where: { id: coordinator.userId } })).locale).toBe('zh-CN');

  const r = await coordinator.request(ENROL, { i: { cohortId: second.id, traineeIds: [trainee.id] } });
  const e = r.errors![0];
  expect(e.extensions).toMatchObject({
    code: 'CONFLICT',
    messageCode: 'enrolments.theseTraineesCannotEnrolled',
    fields: [
      {
        field: 'traineeIds.0',
        code: 'enrolments.alreadyEnrolledProgram',
        params: { name: '阿依古丽' },
        message: '阿依古丽 is already enrolled in this program',
      },
    ],
  });
  expect(e.message).toBe('These trainees cannot be enrolled');
  const field = e.extensions!.fields![0];
  expect(inChinese(field.code!, field.params)).toBe('阿依古丽 已在本项目中报名');
});

it('gives zod field errors, not-found, anonymous and HTTP refusals a code too', async () => {
  const bad = await coordinator.request(
    graphql(`
      mutation MessagesCreateSponsor($i: CreateSponsorInput!) {
        createSponsor(input: $i) {
          id
        }
      }
    `),
    {
      i: { name: '', region: '喀什', contactName: '王', contactPhone: '13800138000' },
    },
  );
  expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageCode: 'common.invalidInput' });
  const name = bad.errors![0].extensions!.fields!.find((f) => f.field === 'name');
  expect(name).toMatchObject({ code: 'common.nameRequired', message: 'Name is required' });
  expect(inChinese(name!.code!)).toBe('请填写名称');

  const missing = await coordinator.request(
    graphql(`
      query MessagesCohort($id: ID!) {
        cohort(id: $id) {
          id
        }
      }
    `),
    { id: 'nope' },
  );
  expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', messageCode: 'notFound.cohort' });

  const anonymous = await api.client().request(
    graphql(`
      query MessagesSponsors {
        sponsors {
          total
        }
      }
    `),
  );
  expect(anonymous.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', messageCode: 'auth.signInFirst' });

  const form = new FormData();
  form.append('file', new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/jpeg' }), 'x.jpg');
  const inspector = await api.signIn('QC_INSPECTOR');
  const res = await fetch(`${api.url}/files/inspection-photos`, {
    method: 'POST',
    body: form,
    headers: { cookie: inspector.cookie },
  });
  expect(res.status).toBe(415);
  expect(await res.json()).toMatchObject({
    code: 'BAD_USER_INPUT',
    messageCode: 'files.onlyPhotos',
    message: 'Only JPEG, PNG or WebP photos',
  });
});

it('reports import problems with a code and params per row', async () => {
  const cohort = await createCohort(api.db.prisma, {});
  const csv = ['date,start,end,topic,kind,location,instructor', '2026-01-05,09:00,11:00,a,课堂,产业园,'].join('\n');
  const started = await coordinator.ok(
    graphql(`
      mutation MessagesImportLessons($i: ImportCsvInput!) {
        importLessons(input: $i) {
          id
        }
      }
    `),
    {
      i: { cohortId: cohort.id, csv },
    },
  );
  await waitForJob(coordinator, started.importLessons.id);
  const job = (
    await coordinator.ok(
      graphql(`
        query MessagesImportJob($id: ID!) {
          importJob(id: $id) {
            status
            report {
              problems {
                row
                column
                message
                messageCode
                params
              }
            }
          }
        }
      `),
      { id: started.importLessons.id },
    )
  ).importJob;
  const problems = job.report.problems as { column: string; messageCode: string; params: unknown; message: string }[];
  const topic = problems.find((p) => p.column === 'topic');
  expect(topic).toMatchObject({ messageCode: 'training.giveTopic2200Characters' });
  const date = problems.find((p) => p.column === 'date');
  expect(date?.messageCode).toBe('training.outsideCohort');
  expect(date?.params).toEqual({
    startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    endDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  });
  expect(inChinese(date!.messageCode, date!.params)).toMatch(
    /^不在班级周期内（\d{4}-\d{2}-\d{2} ~ \d{4}-\d{2}-\d{2}）$/,
  );
});
