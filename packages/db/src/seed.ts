import { addDays, dateOnlyToDate, nationalIdCheckChar } from '@grassroots/domain';

import type { Prisma, PrismaClient } from '../generated/client';
import { createCohort, createEnrolment, createProgram, createSponsor, createTrainee } from './factories';
import { hashPassword } from './passwords';
import { createPiiCipher } from './pii';
import { seedLive } from './seed-live';
import { seedReports } from './seed-reports';

/** Password of every demo account (listed in the README). Change it on any real deployment. */
export const DEMO_PASSWORD = 'grassroots-demo-2026';

export const DEMO_ACCOUNTS = [
  { email: 'admin@grassroots.local', name: '系统管理员 Admin', role: 'ADMIN' },
  { email: 'coordinator@grassroots.local', name: '李协调 Li Xie', role: 'COORDINATOR' },
  { email: 'support@grassroots.local', name: '张脚本 Zhang Jiao', role: 'SUPPORT' },
  { email: 'qc@grassroots.local', name: '赵品控 Zhao Pin', role: 'QC_INSPECTOR' },
  { email: 'aftersales@grassroots.local', name: '孙售后 Sun Shou', role: 'AFTERSALES_AGENT' },
  { email: 'trainee@grassroots.local', name: '阿依古丽 Ayigul', role: 'TRAINEE' },
  { email: 'sponsor@grassroots.local', name: '疏附县乡村振兴局 王科长', role: 'SPONSOR' },
] as const;

/** A small deterministic PRNG so that the demo data is the same on every machine. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
];
const GIVEN = [
  '秀英',
  '桂英',
  '建国',
  '国强',
  '海燕',
  '小红',
  '志强',
  '丽娟',
  '春梅',
  '建华',
  '德明',
  '玉兰',
  '文博',
  '晓燕',
  '永刚',
  '金凤',
  '雪梅',
  '红霞',
  '立新',
  '翠花',
];
const UYGHUR = [
  '阿依古丽·买买提',
  '热依拉·艾力',
  '买买提·吐尔逊',
  '古丽娜尔·阿不都',
  '艾克拜尔·热合曼',
  '努尔古丽·玉素甫',
  '阿卜杜拉·卡德尔',
  '迪丽努尔·吾斯曼',
  '麦尔旦·阿布拉',
  '帕提古丽·依明',
];
const BACKGROUNDS = [
  '农民，种植红枣和核桃',
  '返乡务工人员，曾在广州工厂工作',
  '前建筑工人',
  '个体户，经营小卖部',
  '农民，养殖羊和鸡',
  '高中毕业待业',
  '退役军人',
  '合作社社员',
];
const DROP_REASONS = ['外出务工，无法继续参加培训', '家中农忙，时间冲突', '身体原因退出', '找到其他工作'];

interface ProgramPlan {
  sponsor: { name: string; region: string; contactName: string; contactPhone: string; contactEmail?: string };
  program: {
    name: string;
    region: string;
    start: string;
    end: string;
    budget: string;
    short: number;
    long: number;
    gmv: string;
  };
  regionCode: string;
  hometowns: string[];
  cohorts: {
    name: string;
    track: 'SHORT_TERM' | 'LONG_TERM';
    start: string;
    end: string;
    capacity: number;
    location: string;
    status: 'PLANNED' | 'RECRUITING' | 'IN_PROGRESS' | 'COMPLETED';
    enrol: number;
  }[];
}

const PLANS: ProgramPlan[] = [
  {
    sponsor: {
      name: '疏附县乡村振兴局',
      region: '新疆维吾尔自治区喀什地区疏附县',
      contactName: '王建军',
      contactPhone: '0998-5621234',
      contactEmail: 'xczx@shufu.example.gov.cn',
    },
    program: {
      name: '疏附县2026年农村电商直播带货人才培训项目',
      region: '喀什地区疏附县',
      start: '2026-09-01',
      end: '2027-03-31',
      budget: '480000.00',
      short: 15,
      long: 10,
      gmv: '1200000.00',
    },
    regionCode: '653121',
    hometowns: ['疏附县托克扎克镇', '疏附县塔什米里克乡', '疏附县吾库萨克镇', '疏附县站敏乡', '疏附县萨依巴格乡'],
    cohorts: [
      {
        name: '疏附县第一期短期班（20天）',
        track: 'SHORT_TERM',
        start: '2026-09-07',
        end: '2026-09-26',
        capacity: 20,
        location: '疏附县电子商务产业园 3楼直播间',
        status: 'COMPLETED',
        enrol: 15,
      },
      {
        name: '疏附县长期孵化班',
        track: 'LONG_TERM',
        start: '2026-10-08',
        end: '2027-03-20',
        capacity: 12,
        location: '疏附县电子商务产业园 孵化基地',
        status: 'IN_PROGRESS',
        enrol: 10,
      },
      {
        name: '疏附县第二期短期班（20天）',
        track: 'SHORT_TERM',
        start: '2026-12-01',
        end: '2026-12-20',
        capacity: 20,
        location: '疏附县电子商务产业园 3楼直播间',
        status: 'RECRUITING',
        enrol: 6,
      },
    ],
  },
  {
    sponsor: {
      name: '怀化市商务局',
      region: '湖南省怀化市',
      contactName: '刘芳',
      contactPhone: '0745-2712345',
      contactEmail: 'sw@huaihua.example.gov.cn',
    },
    program: {
      name: '怀化市“乡村带货达人”直播培训计划',
      region: '湖南省怀化市麻阳苗族自治县',
      start: '2026-08-15',
      end: '2026-12-31',
      budget: '360000.00',
      short: 50,
      long: 8,
      gmv: '800000.00',
    },
    regionCode: '431226',
    hometowns: ['麻阳县高村镇', '麻阳县锦和镇', '麻阳县兰里镇', '麻阳县郭公坪乡'],
    cohorts: [
      {
        name: '麻阳冰糖橙 4天集训班',
        track: 'SHORT_TERM',
        start: '2026-08-20',
        end: '2026-08-23',
        capacity: 50,
        location: '麻阳县职业中专 多媒体教室',
        status: 'COMPLETED',
        enrol: 30,
      },
      {
        name: '麻阳长期孵化班',
        track: 'LONG_TERM',
        start: '2026-09-10',
        end: '2026-12-20',
        capacity: 10,
        location: '怀化市电商直播基地',
        status: 'IN_PROGRESS',
        enrol: 8,
      },
    ],
  },
  {
    sponsor: {
      name: '定西市人力资源和社会保障局',
      region: '甘肃省定西市',
      contactName: '马宏',
      contactPhone: '0932-8211234',
    },
    program: {
      name: '定西马铃薯产业直播电商技能培训',
      region: '甘肃省定西市安定区',
      start: '2027-01-10',
      end: '2027-06-30',
      budget: '250000.00',
      short: 20,
      long: 5,
      gmv: '500000.00',
    },
    regionCode: '621102',
    hometowns: ['安定区香泉镇', '安定区巉口镇', '安定区内官营镇'],
    cohorts: [
      {
        name: '定西第一期短期班',
        track: 'SHORT_TERM',
        start: '2027-01-12',
        end: '2027-01-31',
        capacity: 25,
        location: '定西市职业技术学院',
        status: 'PLANNED',
        enrol: 0,
      },
    ],
  },
];

/**
 * Loads the demo data: 3 sponsors, their programs and cohorts, ~80 trainees with enrolments, and one account
 * per role. Idempotent: does nothing when demo accounts already exist.
 */
export async function seedDemo(prisma: PrismaClient, log: (s: string) => void = console.log): Promise<boolean> {
  if (await prisma.user.findUnique({ where: { email: DEMO_ACCOUNTS[0].email } })) {
    log('Demo data already present; nothing to do.');
    return false;
  }
  const random = rng(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const pii = createPiiCipher();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let firstTraineeId: string | undefined;
  let firstSponsorId: string | undefined;
  let serial = 0;
  let lessons = 0;
  let live = { sessions: 0, teams: 0, products: 0, tickets: 0 };

  await prisma.$transaction(
    async (tx) => {
      for (const plan of PLANS) {
        const sponsor = await createSponsor(tx, plan.sponsor);
        firstSponsorId ??= sponsor.id;
        const p = plan.program;
        const program = await createProgram(tx, {
          sponsorId: sponsor.id,
          name: p.name,
          region: p.region,
          startDate: dateOnlyToDate(p.start),
          endDate: dateOnlyToDate(p.end),
          budget: p.budget,
          targetShortTermTrainees: p.short,
          targetLongTermTrainees: p.long,
          targetGmv: p.gmv,
        });
        for (const c of plan.cohorts) {
          const cohort = await createCohort(tx, {
            programId: program.id,
            name: c.name,
            track: c.track,
            startDate: dateOnlyToDate(c.start),
            endDate: dateOnlyToDate(c.end),
            capacity: c.capacity,
            location: c.location,
            status: c.status,
          });
          for (let i = 0; i < c.enrol; i++) {
            serial++;
            const name =
              plan.regionCode === '653121' && random() < 0.7 ? pick(UYGHUR) : `${pick(SURNAMES)}${pick(GIVEN)}`;
            const year = 1972 + Math.floor(random() * 32);
            const birth = `${year}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
            const first17 = `${plan.regionCode}${birth}${String(serial).padStart(3, '0')}`;
            const status =
              c.status === 'COMPLETED'
                ? random() < 0.85
                  ? 'GRADUATED'
                  : 'DROPPED'
                : c.status === 'IN_PROGRESS'
                  ? 'ACTIVE'
                  : 'ENROLLED';
            const handle = `${name.split('·')[0]}的${pick(['红枣', '核桃', '冰糖橙', '土豆', '巴旦木', '土鸡蛋'])}小店`;
            const trainee = await createTrainee(tx, {
              pii,
              name,
              phone: `1${pick(['38', '39', '58', '86', '77', '99'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
              nationalId: first17 + nationalIdCheckChar(first17),
              hometown: pick(plan.hometowns),
              background: pick(BACKGROUNDS),
              platformAccounts: [{ platform: pick(['DOUYIN', 'KUAISHOU', 'WECHAT_CHANNELS'] as const), handle }],
              status,
            });
            if (c.track === 'LONG_TERM' && plan.regionCode === '653121') firstTraineeId ??= trainee.id;
            const enrolledAt = new Date(`${c.start}T09:00:00+08:00`);
            await createEnrolment(
              tx,
              status === 'GRADUATED'
                ? {
                    traineeId: trainee.id,
                    cohortId: cohort.id,
                    status: 'COMPLETED',
                    enrolledAt,
                    completedAt: new Date(`${c.end}T18:00:00+08:00`),
                  }
                : status === 'DROPPED'
                  ? {
                      traineeId: trainee.id,
                      cohortId: cohort.id,
                      status: 'WITHDRAWN',
                      enrolledAt,
                      withdrawnAt: new Date(`${addDays(c.start, 5)}T18:00:00+08:00`),
                      withdrawReason: pick(DROP_REASONS),
                    }
                  : {
                      traineeId: trainee.id,
                      cohortId: cohort.id,
                      status: 'ACTIVE',
                      enrolledAt: new Date(Math.min(enrolledAt.getTime(), Date.now())),
                    },
            );
          }
        }
      }
      // Applicants not yet placed in any cohort.
      for (let i = 0; i < 8; i++) {
        serial++;
        const first17 = `653121${1980 + i}0${1 + (i % 9)}1${i}${String(serial).padStart(3, '0')}`;
        await createTrainee(tx, {
          pii,
          name: `${pick(SURNAMES)}${pick(GIVEN)}`,
          phone: `13${String(900000000 + serial * 7919).slice(-9)}`,
          nationalId: first17 + nationalIdCheckChar(first17),
          hometown: pick(PLANS[0].hometowns),
          background: pick(BACKGROUNDS),
          status: 'APPLIED',
        });
      }
      for (const a of DEMO_ACCOUNTS) {
        await tx.user.create({
          data: {
            ...a,
            passwordHash,
            traineeId: a.role === 'TRAINEE' ? firstTraineeId : null,
            sponsorId: a.role === 'SPONSOR' ? firstSponsorId : null,
          },
        });
      }
      if (firstTraineeId) await tx.trainee.update({ where: { id: firstTraineeId }, data: { name: '阿依古丽·买买提' } });
      lessons = await seedLessons(tx, random);
      await seedAssignments(tx, random);
      await seedOutcomes(tx, random);
      const demoSupport = await tx.user.findUniqueOrThrow({
        where: { email: 'support@grassroots.local' },
        select: { id: true },
      });
      live = await seedLive(tx, random, passwordHash, demoSupport.id, firstTraineeId, pii);
      await seedReports(tx, random, passwordHash);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  log(
    `Seeded ${PLANS.length} sponsors, ${serial} trainees, ${lessons} lessons, ${live.teams} support teams, ${live.products} products, ` +
      `${live.sessions} live sessions, ${live.tickets} after-sales tickets and ${DEMO_ACCOUNTS.length} demo accounts (password: ${DEMO_PASSWORD}).`,
  );
  return true;
}

const TOPICS: [string, 'CLASS' | 'PRACTICE_STREAM' | 'FIELD_VISIT'][] = [
  ['直播间搭建与灯光', 'CLASS'],
  ['开场三十秒：话术与留人技巧', 'CLASS'],
  ['产品卖点提炼：红枣、核桃与巴旦木', 'CLASS'],
  ['抖店后台与商品上架', 'CLASS'],
  ['短视频拍摄与剪辑', 'CLASS'],
  ['投流基础：DOU+ 与千川', 'CLASS'],
  ['广告法与违禁词（最好、第一、国家级）', 'CLASS'],
  ['售后、退款与差评处理', 'CLASS'],
  ['直播实战练习', 'PRACTICE_STREAM'],
  ['直播复盘：数据怎么看', 'CLASS'],
  ['赴合作社实地选品', 'FIELD_VISIT'],
  ['农产品溯源与品控讲解', 'CLASS'],
];

/**
 * Lessons for the cohorts that have started: every weekday of short-term cohorts, Tuesdays and Thursdays of
 * long-term ones, with attendance marked for those already past (mostly present, some late, a few absent or
 * excused for the harvest).
 */
async function seedLessons(tx: Prisma.TransactionClient, random: () => number): Promise<number> {
  const staff = await tx.user.findMany({ where: { role: { in: ['SUPPORT', 'COORDINATOR'] } }, select: { id: true } });
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const cohorts = await tx.cohort.findMany({
    where: { status: { in: ['IN_PROGRESS', 'COMPLETED'] } },
    select: {
      id: true,
      track: true,
      startDate: true,
      endDate: true,
      location: true,
      enrolments: { select: { traineeId: true } },
    },
  });
  let n = 0;
  for (const c of cohorts) {
    let i = 0;
    for (let d = new Date(c.startDate); d <= c.endDate; d = new Date(d.getTime() + 86_400_000)) {
      const dow = d.getUTCDay();
      if (c.track === 'SHORT_TERM' ? dow === 0 : dow !== 2 && dow !== 4) continue;
      const [topic, kind] = TOPICS[i++ % TOPICS.length];
      const date = d.toISOString().slice(0, 10);
      const lesson = await tx.lesson.create({
        data: {
          cohortId: c.id,
          date: d,
          startTime: kind === 'PRACTICE_STREAM' ? '19:00' : '09:30',
          endTime: kind === 'PRACTICE_STREAM' ? '21:00' : '12:00',
          topic,
          kind,
          instructorId: staff[i % staff.length]?.id,
          location: kind === 'FIELD_VISIT' ? '疏附县托克扎克镇红枣合作社' : c.location,
        },
      });
      n++;
      if (date >= today) continue;
      await tx.attendance.createMany({
        data: c.enrolments.map((e) => {
          const r = random();
          const status = r < 0.85 ? 'PRESENT' : r < 0.92 ? 'LATE' : r < 0.97 ? 'ABSENT' : 'EXCUSED';
          return {
            lessonId: lesson.id,
            traineeId: e.traineeId,
            status,
            note: status === 'EXCUSED' ? '家中秋收，已请假' : null,
          };
        }),
      });
    }
  }
  return n;
}

/**
 * Assignments of the long-term cohorts mid-program: graded work in the past, one waiting to be graded, one
 * returned for revision, one overdue, and one due next week.
 */
async function seedAssignments(tx: Prisma.TransactionClient, random: () => number): Promise<void> {
  const coordinator = await tx.user.findFirst({ where: { role: 'COORDINATOR' }, select: { id: true } });
  const cohorts = await tx.cohort.findMany({
    where: { status: 'IN_PROGRESS' },
    select: { id: true, enrolments: { where: { status: 'ACTIVE' }, select: { traineeId: true } } },
  });
  const day = 86_400_000;
  const now = Date.now();
  const plan = [
    {
      title: '写一份本地红枣的 10 分钟直播脚本',
      kind: 'SCRIPT_WRITING',
      due: -30,
      rubric: [
        { name: '开场与留人', points: 10 },
        { name: '产品卖点', points: 15 },
        { name: '合规用语', points: 5 },
      ],
      fate: 'GRADED',
    },
    { title: '调研三款合作社产品的价格与卖点', kind: 'PRODUCT_RESEARCH', due: -14, rubric: null, fate: 'GRADED' },
    { title: '完成一场 30 分钟练习直播并提交录屏', kind: 'PRACTICE_STREAM', due: -3, rubric: null, fate: 'MIXED' },
    { title: '本周直播销售额达到 ¥2,000', kind: 'SALES_TARGET', due: 7, rubric: null, fate: 'ASSIGNED' },
  ] as const;
  for (const c of cohorts) {
    for (const p of plan) {
      const maxScore = p.rubric ? p.rubric.reduce((s, x) => s + x.points, 0) : 100;
      const dueAt = new Date(now + p.due * day);
      const a = await tx.assignment.create({
        data: {
          cohortId: c.id,
          title: p.title,
          instructions: '按课堂要求完成，脚本不要出现“最好”“第一”等绝对化用语。',
          kind: p.kind,
          dueAt,
          maxScore,
          rubric: p.rubric ?? undefined,
          createdById: coordinator?.id,
        },
      });
      for (const e of c.enrolments) {
        const r = random();
        const fate =
          p.fate === 'MIXED'
            ? r < 0.4
              ? 'SUBMITTED'
              : r < 0.6
                ? 'RETURNED'
                : r < 0.8
                  ? 'ASSIGNED'
                  : 'GRADED'
            : p.fate;
        const submitted = fate !== 'ASSIGNED';
        const submittedAt = submitted ? new Date(dueAt.getTime() - (r < 0.85 ? day : -day / 2)) : null;
        const share = 0.55 + random() * 0.4;
        const byCriterion =
          fate === 'GRADED' && p.rubric
            ? p.rubric.map((x) => ({ name: x.name, score: Math.round(x.points * share * 2) / 2 }))
            : null;
        const score =
          fate !== 'GRADED'
            ? null
            : byCriterion
              ? byCriterion.reduce((t, x) => t + x.score, 0)
              : Math.round(maxScore * share * 2) / 2;
        await tx.submission.create({
          data: {
            assignmentId: a.id,
            traineeId: e.traineeId,
            status: fate,
            text: submitted ? '（学员提交的内容）' : '',
            links: submitted ? ['https://docs.example.com/submission'] : [],
            submittedAt,
            late: !!submittedAt && submittedAt > dueAt,
            score: score === null ? null : score.toFixed(1),
            feedback:
              fate === 'RETURNED'
                ? '声音偏小，开场再抓人一些，重新录一次。'
                : fate === 'GRADED'
                  ? '进步明显，继续保持。'
                  : null,
            gradedAt: fate === 'GRADED' ? new Date(dueAt.getTime() + day) : null,
            gradedById: fate === 'GRADED' ? coordinator?.id : null,
            scoresByCriterion: byCriterion ?? undefined,
          },
        });
      }
    }
  }
  // The demo trainee's class also has a short video due tomorrow morning (within 24 h: the "due tomorrow" reminder
  // of the notifications). Made without drawing from `random`, so every other seeded figure stays as it was.
  const shufu = await tx.cohort.findFirst({
    where: { name: '疏附县长期孵化班' },
    select: { id: true, enrolments: { where: { status: 'ACTIVE' }, select: { traineeId: true } } },
  });
  if (shufu) {
    await tx.assignment.create({
      data: {
        cohortId: shufu.id,
        title: '录一段 60 秒短视频预告',
        instructions: '为明晚的直播录一段 60 秒预告，说清时间和主推产品。',
        kind: 'PRACTICE_STREAM',
        dueAt: tomorrowNineInChina(now),
        maxScore: 100,
        createdById: coordinator?.id,
        // Shown to the trainee before she hands in (and what SUPPORT grade by).
        rubric: [
          { name: '开场 3 秒留人', points: 30 },
          { name: '说清开播时间和主推产品', points: 40 },
          { name: '合规用语（无“最好”“第一”）', points: 30 },
        ],
        submissions: { create: shufu.enrolments.map((e) => ({ traineeId: e.traineeId })) },
      },
    });
  }
}

/** 09:00 China time on the day after `now`'s China day (a wall-clock time: the same whenever the seed runs that day). */
function tomorrowNineInChina(now: number): Date {
  const chinaToday = new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
  return new Date(`${addDays(chinaToday, 1)}T09:00:00+08:00`);
}

/**
 * Follow-ups of the graduates of finished cohorts, recorded when they fell due: at 1 month (about half stream on
 * their own) and, where 3 months have passed, at 3 months (a few have stopped by then).
 */
async function seedOutcomes(tx: Prisma.TransactionClient, random: () => number): Promise<void> {
  const graduates = await tx.enrolment.findMany({
    where: { status: 'COMPLETED' },
    select: { traineeId: true, cohort: { select: { endDate: true } } },
  });
  const day = 86_400_000;
  for (const g of graduates) {
    const end = g.cohort.endDate.getTime();
    let streaming = false;
    for (const months of [1, 3]) {
      const due = new Date(end + (months === 1 ? 31 : 92) * day + 10 * 3600_000);
      if (due.getTime() > Date.now()) break;
      const r = random();
      const status: 'STREAMING_INDEPENDENTLY' | 'HIRED_BY_MCN' | 'OTHER_EMPLOYMENT' | 'NOT_WORKING' | 'UNKNOWN' =
        months === 3 && !streaming
          ? r < 0.1
            ? 'STREAMING_INDEPENDENTLY'
            : r < 0.4
              ? 'OTHER_EMPLOYMENT'
              : r < 0.85
                ? 'NOT_WORKING'
                : 'UNKNOWN'
          : months === 3
            ? r < 0.75
              ? 'STREAMING_INDEPENDENTLY'
              : r < 0.85
                ? 'HIRED_BY_MCN'
                : 'NOT_WORKING'
            : r < 0.45
              ? 'STREAMING_INDEPENDENTLY'
              : r < 0.6
                ? 'HIRED_BY_MCN'
                : r < 0.75
                  ? 'OTHER_EMPLOYMENT'
                  : r < 0.9
                    ? 'NOT_WORKING'
                    : 'UNKNOWN';
      streaming = status === 'STREAMING_INDEPENDENTLY' || status === 'HIRED_BY_MCN';
      const income = streaming ? String(1500 + Math.round(random() * 60) * 100) : null;
      await tx.traineeOutcome.create({
        data: { traineeId: g.traineeId, monthsAfter: months, status, monthlyIncome: income, recordedAt: due },
      });
    }
  }
}
