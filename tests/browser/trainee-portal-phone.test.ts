import { graphql } from '../gql';
import { newAppContext, pageGql, signIn, useBrowserApp } from '../support/browser';

const WORKBENCH = graphql(`
  query TraineePortalPhoneWorkbench {
    workbench {
      today
      timeZone
      timeline {
        kind
        targetId
        title
        at
        day
        timeZone
      }
    }
  }
`);
const LESSON_PROGRAM = graphql(`
  query TraineePortalPhoneLessonProgram($id: ID!) {
    lesson(id: $id) {
      cohort {
        program {
          id
        }
      }
    }
  }
`);
const MOVE_PROGRAM = graphql(`
  mutation TraineePortalPhoneMoveProgram($i: UpdateProgramInput!) {
    updateProgram(input: $i) {
      id
      timeZone
    }
  }
`);

/**
 * Issue 15 item 16, on a phone: today first, then the week with its empty days collapsed; the rubric visible before
 * handing in; a practice video uploaded to her own submission and opened again.
 */
const ui = useBrowserApp({ locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypisom'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isomiso2mp41'),
  Buffer.alloc(64 * 1024, 3),
]);

it('shows today before the week, and the week as days with something on them, empty runs collapsed to one line', async () => {
  const { page, app } = ui;
  await signIn(page, app.url, 'trainee@grassroots.local');
  await page.waitForURL('**/workbench');
  const week = page.getByTestId('workbench-week');
  await week.waitFor();
  const tonight = await page.getByTestId('workbench-tonight').boundingBox();
  expect(tonight!.y).toBeLessThan((await week.boundingBox())!.y);
  // The six days after today: each shown day has something on it; no two empty lines follow each other.
  const rows = await week.locator('[data-testid="week-day-events"], [data-testid="week-empty"]').evaluateAll((els) =>
    els.map((e) => ({
      empty: e.getAttribute('data-testid') === 'week-empty',
      events: e.querySelectorAll('[data-testid^="workbench-event-"]').length,
      text: e.textContent ?? '',
    })),
  );
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThanOrEqual(6);
  for (const [i, r] of rows.entries()) {
    if (r.empty) expect(rows[i + 1]?.empty ?? false).toBe(false);
    else expect(r.events).toBeGreaterThan(0);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

it('shows the rubric before handing in and takes a practice video from the phone', async () => {
  const { page, app } = ui;
  await page.goto(`${app.url}/portal`);
  await page.getByTestId('portal-assignment').filter({ hasText: '录一段 60 秒短视频预告' }).click();
  const rubric = page.getByTestId('submission-rubric');
  await rubric.waitFor();
  await expect(rubric.innerText()).resolves.toContain('Rubric (out of 100)');
  expect(await rubric.locator('.ant-list-item').allInnerTexts()).toEqual([
    expect.stringContaining('开场 3 秒留人'),
    expect.stringContaining('说清开播时间和主推产品'),
    expect.stringContaining('合规用语'),
  ]);
  // A file the phone says is a video but is not: refused by the API after the bytes are looked at.
  await page
    .getByTestId('practice-input')
    .setInputFiles({ name: 'clip.mp4', mimeType: 'video/mp4', buffer: Buffer.from('MZ not a video at all') });
  await expect(page.getByTestId('practice-error').innerText()).resolves.toContain('does not match');
  await page.getByTestId('practice-input').setInputFiles({ name: '预告.mp4', mimeType: 'video/mp4', buffer: MP4 });
  const file = page.getByTestId('practice-file').filter({ hasText: '预告.mp4' });
  await file.waitFor();
  await expect(file.innerText()).resolves.toContain('64 KB');
  const href = await file.locator('a').getAttribute('href');
  const got = await page.evaluate(async (u) => {
    const r = await fetch(u!);
    return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength };
  }, href);
  expect(got).toEqual({ status: 200, type: 'video/mp4', size: MP4.length });
  const drawer = await page.locator('.ant-drawer-content-wrapper').boundingBox();
  expect(drawer!.width).toBeLessThanOrEqual(390);
  // Closing and opening again keeps the file on the submission.
  await page.locator('.ant-drawer-close').click();
  await page.getByTestId('portal-assignment').filter({ hasText: '录一段 60 秒短视频预告' }).click();
  await page.getByTestId('practice-file').filter({ hasText: '预告.mp4' }).waitFor();
});

it("shows the workbench in her program's zone once the program is in Asia/Urumqi: sessions two hours earlier than China time", async () => {
  const { page, app, browser } = ui;
  const before = (await pageGql(page, app.url, WORKBENCH)).workbench;
  const lesson = before.timeline.find((e) => e.kind === 'LESSON')!;
  expect(lesson).toBeTruthy();
  const programId = (await pageGql(page, app.url, LESSON_PROGRAM, { id: lesson.targetId })).lesson.cohort.program.id;
  // A coordinator, in a second browser context, moves her program to Xinjiang time.
  const staff = await (await newAppContext(browser, { locale: 'en-US', timezoneId: 'UTC' })).newPage();
  await signIn(staff, app.url, 'coordinator@grassroots.local');
  await staff.waitForURL('**/workbench');
  await pageGql(staff, app.url, MOVE_PROGRAM, { i: { id: programId, timeZone: 'Asia/Urumqi' } });
  await staff.context().close();

  const after = (await pageGql(page, app.url, WORKBENCH)).workbench;
  expect(after.timeZone).toBe('Asia/Urumqi');
  await page.goto(`${app.url}/workbench`);
  await expect(page.getByTestId('workbench-zone').innerText()).resolves.toBe('Asia/Urumqi (UTC+06:00)');
  // Every session on her page is shown at Urumqi wall-clock time: a 20:00 China-time session reads 18:00.
  const sessions = after.timeline.filter((e) => e.kind === 'SESSION' && e.day > after.today);
  expect(sessions.length).toBeGreaterThan(0);
  const urumqi = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Urumqi',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(iso));
  const s = sessions[0];
  await page
    .getByTestId('workbench-week')
    .getByTestId('workbench-event-SESSION')
    .filter({ hasText: `${s.day.slice(5)} ${urumqi(s.at)}` })
    .filter({ hasText: s.title })
    .first()
    .waitFor();
  expect(urumqi(s.at)).not.toBe(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(s.at)),
  );
});
