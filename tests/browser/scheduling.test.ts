import { graphql } from '../gql';
import { chinaDay, pageGql, signIn, useBrowserApp } from '../support/browser';

const TEAMS = graphql(`
  query SchedulingTeams {
    teams(pageSize: 100) {
      items {
        id
        name
        complete
        cohortId
        cohort {
          endDate
        }
        trainees {
          id
          name
        }
      }
    }
  }
`);
const CREATE_LESSON = graphql(`
  mutation SchedulingCreateLesson($i: CreateLessonInput!) {
    createLesson(input: $i) {
      id
    }
  }
`);
const SCHEDULE = graphql(`
  mutation SchedulingSchedule($i: ScheduleSessionInput!) {
    scheduleSession(input: $i) {
      id
    }
  }
`);
const SESSIONS_IN = graphql(`
  query SchedulingSessionsIn($t: ID, $f: String, $to: String) {
    liveSessions(traineeId: $t, from: $f, to: $to) {
      total
    }
  }
`);

/**
 * Scheduling help (issue 15, item 13): a coordinator opens a team's week, books a free evening slot as a
 * repeating session, sees the whole series refused with every clash listed, books a shorter one, and the week
 * (a lesson of the streamer's cohort included), books a shorter one, and the week then marks the clash with a lesson
 * added afterwards. The PC is in UTC: times are still the program's.
 */
const ui = useBrowserApp({ locale: 'en-US', viewport: { width: 1440, height: 1000 }, timezoneId: 'UTC' });

/** Monday of the week `weeks` ahead of the current one, China time. */
function mondayAhead(weeks: number): string {
  const today = chinaDay(0);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return chinaDay(weeks * 7 - weekday);
}
const plus = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

it('books a repeating session from a free slot of the week view, all or nothing, and shows the clash it leaves', async () => {
  const { page, app } = ui;
  await signIn(page, app.url, 'coordinator@grassroots.local');
  await page.waitForURL('**/workbench');
  // A complete seeded team backing a streamer, in a week far enough ahead to be empty.
  const monday = mondayAhead(6);
  const teams = (await pageGql(page, app.url, TEAMS)).teams.items;
  const team = teams.find((x) => x.complete && x.trainees.length === 1 && x.cohort.endDate >= plus(monday, 6))!;
  expect(team).toBeTruthy();
  const streamer = team.trainees[0];
  const [tue, wed, thu] = [plus(monday, 1), plus(monday, 2), plus(monday, 3)];
  // A lesson on Tuesday evening (a session cannot be booked over it) and a session on Thursday.
  await pageGql(page, app.url, CREATE_LESSON, {
    i: {
      cohortId: team.cohortId,
      date: tue,
      startTime: '19:00',
      endTime: '21:00',
      topic: '夜间话术复盘',
      kind: 'CLASS',
      location: '直播间 2',
    },
  });
  await pageGql(page, app.url, SCHEDULE, {
    i: {
      traineeId: streamer.id,
      platform: 'DOUYIN',
      scheduledStart: `${thu}T19:00:00+08:00`,
      plannedMinutes: 120,
      title: '周四已排专场',
      items: [],
    },
  });
  const count = async () =>
    (await pageGql(page, app.url, SESSIONS_IN, { t: streamer.id, f: monday, to: plus(monday, 6) })).liveSessions.total;
  expect(await count()).toBe(1);

  await page.goto(`${app.url}/teams/${team.id}`);
  const week = page.getByTestId('team-week');
  await week.getByTestId('week-view').waitFor();
  for (let i = 0; i < 6; i++) await week.getByTestId('next-week').click();
  await expect(week.getByTestId('week-label').innerText()).resolves.toBe(`${monday} ~ ${plus(monday, 6)}`);
  // Thursday's session and Tuesday's lesson are on the grid, coloured by kind; 19:00 on Monday is free.
  await week
    .getByTestId(`week-day-${thu}`)
    .locator('[data-kind="SESSION"]')
    .filter({ hasText: '19:00–21:00 周四已排专场' })
    .waitFor();
  await week
    .getByTestId(`week-day-${tue}`)
    .locator('[data-kind="LESSON"]')
    .filter({ hasText: '夜间话术复盘' })
    .waitFor();
  await expect(week.getByTestId('week-clashes').count()).resolves.toBe(0);
  await week.getByTestId(`week-day-${monday}`).getByRole('button', { name: 'Free 19:00' }).click();

  const drawer = page.getByRole('dialog');
  await expect(drawer.getByLabel('Go live').inputValue()).resolves.toBe(`${monday} 19:00`);
  await drawer.getByLabel('Title').fill('每日产地直发');
  // The week grid above it may still be laying out when the switch is clicked (a lost click in CI): click until it is on.
  const repeat = drawer.getByRole('switch', { name: 'Repeat' });
  for (let attempt = 0; attempt < 4 && (await repeat.getAttribute('aria-checked')) !== 'true'; attempt++) {
    await repeat.click();
    await drawer
      .getByLabel('Sessions')
      .waitFor({ timeout: 3_000 })
      .catch(() => undefined);
  }
  await drawer.getByLabel('Sessions').fill('5');
  await drawer.getByRole('button', { name: 'Schedule session' }).click();
  // Monday to Friday: Tuesday falls on the cohort's lesson and Thursday on the session already booked, so nothing is
  // booked and both clashes are listed.
  const problems = drawer.getByTestId('form-problems');
  await expect(problems.innerText()).resolves.toContain(
    `${tue}: ${streamer.name} has the lesson “夜间话术复盘” at ${tue} 19:00–21:00`,
  );
  await expect(problems.innerText()).resolves.toContain(
    `${thu}: ${streamer.name} already has “周四已排专场” at ${thu} 19:00–21:00`,
  );
  expect(await count()).toBe(1);

  // Only Monday, then.
  await drawer.getByLabel('Sessions').fill('1');
  await drawer.getByRole('button', { name: 'Schedule session' }).click();
  await page.getByText('1 sessions booked').waitFor();
  await drawer.waitFor({ state: 'hidden' });
  expect(await count()).toBe(2);
  // A lesson added afterwards on Monday evening overlaps the booked session, and the week says so.
  await pageGql(page, app.url, CREATE_LESSON, {
    i: {
      cohortId: team.cohortId,
      date: monday,
      startTime: '20:00',
      endTime: '21:00',
      topic: '临时加课',
      kind: 'CLASS',
      location: '直播间 2',
    },
  });
  await page.reload();
  await week.getByTestId('week-view').waitFor();
  for (let i = 0; i < 6; i++) await week.getByTestId('next-week').click();
  await expect(week.getByTestId('week-label').innerText()).resolves.toBe(`${monday} ~ ${plus(monday, 6)}`);
  await week
    .getByTestId(`week-day-${monday}`)
    .locator('[data-kind="SESSION"]')
    .filter({ hasText: '每日产地直发' })
    .waitFor();
  await expect(week.getByTestId('week-clashes').innerText()).resolves.toContain('2 clashes this week');
  await expect(week.getByTestId(`week-day-${monday}`).locator('[data-clash="yes"]').count()).resolves.toBe(2);
  await expect(week.getByTestId(`week-day-${tue}`).locator('[data-clash="yes"]').count()).resolves.toBe(0);
  await expect(week.getByTestId(`week-day-${wed}`).locator('[data-clash="yes"]').count()).resolves.toBe(0);
});

it('shows the whole day when the week needs it: an early session and the after-midnight part of a late one', async () => {
  const { page, app } = ui;
  // Still signed in as the coordinator from the test above (one browser page per suite).
  const monday = mondayAhead(7);
  const teams = (await pageGql(page, app.url, TEAMS)).teams.items;
  const team = teams.find((x) => x.complete && x.trainees.length === 1 && x.cohort.endDate >= plus(monday, 6))!;
  expect(team).toBeTruthy();
  const [tue, wed, thu] = [plus(monday, 1), plus(monday, 2), plus(monday, 3)];
  const book = (start: string, minutes: number, title: string) =>
    pageGql(page, app.url, SCHEDULE, {
      i: {
        traineeId: team.trainees[0].id,
        platform: 'DOUYIN',
        scheduledStart: start,
        plannedMinutes: minutes,
        title,
        items: [],
      },
    });
  // 06:00 on Tuesday, and 23:30 on Wednesday until 01:30 on Thursday (China time; the PC is in UTC).
  await book(`${tue}T06:00:00+08:00`, 60, '清晨专场');
  await book(`${wed}T23:30:00+08:00`, 120, '深夜专场');

  await page.goto(`${app.url}/teams/${team.id}`);
  const week = page.getByTestId('team-week');
  await week.getByTestId('week-view').waitFor();
  for (let i = 0; i < 7; i++) await week.getByTestId('next-week').click();
  await expect(week.getByTestId('week-label').innerText()).resolves.toBe(`${monday} ~ ${plus(monday, 6)}`);
  // The grid now starts at midnight: both blocks lie inside their day's column, none clipped at its top.
  await expect(week.getByTestId('week-hours').locator('span').first().innerText()).resolves.toBe('00:00');
  const inside = async (day: string, text: string) => {
    const column = week.getByTestId(`week-day-${day}`);
    const block = column.locator('[data-kind="SESSION"]').filter({ hasText: text });
    await block.waitFor();
    const [c, b] = [await column.boundingBox(), await block.boundingBox()];
    expect(b!.height).toBeGreaterThan(10);
    expect(b!.y).toBeGreaterThanOrEqual(c!.y);
    expect(b!.y + b!.height).toBeLessThanOrEqual(c!.y + c!.height + 1);
    return { top: b!.y - c!.y, height: b!.height };
  };
  // 06:00 is six hours below the grid's top (30 px an hour); the late session runs from 23:30 to the day's end on
  // Wednesday and from 00:00 to 01:30 at the top of Thursday.
  expect(await inside(tue, '06:00–07:00 清晨专场')).toEqual({ top: 180, height: 30 });
  expect(await inside(wed, '23:30–01:30 深夜专场')).toEqual({ top: 705, height: 15 });
  expect((await inside(thu, '23:30–01:30 深夜专场')).top).toBe(0);

  // A week with nothing outside working hours keeps to 08:00–24:00.
  await week.getByTestId('next-week').click();
  await expect(week.getByTestId('week-label').innerText()).resolves.toBe(`${plus(monday, 7)} ~ ${plus(monday, 13)}`);
  await expect(week.getByTestId('week-hours').locator('span').first().innerText()).resolves.toBe('08:00');
});
