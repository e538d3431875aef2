import { addDays, dateOnlyToDate, dateToDateOnly, periodsBetween, todayInChina } from '@grassroots/domain';

import type { Prisma } from '../generated/client';
import { computeReport, hashSnapshot } from './report-queries';

type Tx = Prisma.TransactionClient;
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

/**
 * Program spending from invoices (monthly trainer fees, staff, traffic, travel; equipment at the start) and the
 * report history a demo needs: the Shufu program's September accepted and October waiting for the sponsor; the
 * Huaihua program's August and September accepted, October returned with comments. A late September invoice in
 * Shufu, entered after acceptance, shows as a flagged discrepancy on that period's dashboard.
 */
export async function seedReports(tx: Tx, random: () => number, passwordHash: string): Promise<void> {
  const today = todayInChina();
  const programs = await tx.program.findMany({
    select: {
      id: true,
      name: true,
      sponsorId: true,
      startDate: true,
      endDate: true,
      budget: true,
      targetGmv: true,
      targetShortTermTrainees: true,
      targetLongTermTrainees: true,
    },
  });
  const coordinator = await tx.user.findUniqueOrThrow({
    where: { email: 'coordinator@grassroots.local' },
    select: { id: true },
  });
  const amount = (min: number, max: number) => (Math.round((min + random() * (max - min)) / 10) * 10).toFixed(2);

  for (const p of programs) {
    const start = dateToDateOnly(p.startDate);
    if (start > today) continue;
    const rows: Prisma.ProgramExpenseCreateManyInput[] = [
      {
        programId: p.id,
        spentOn: dateOnlyToDate(addDays(start, 3)),
        amount: amount(20000, 32000),
        category: 'EQUIPMENT',
        description: '直播设备：补光灯、声卡、手机支架（发票 No.' + Math.floor(1e7 + random() * 9e7) + '）',
        recordedById: coordinator.id,
      },
    ];
    for (const month of periodsBetween(start, today, 'MONTH').reverse()) {
      const payDay = `${month}-25`;
      if (payDay > today || payDay > dateToDateOnly(p.endDate)) continue;
      rows.push(
        {
          programId: p.id,
          spentOn: dateOnlyToDate(payDay),
          amount: amount(12000, 22000),
          category: 'TRAINING',
          description: `${month} 讲师课酬`,
          recordedById: coordinator.id,
        },
        {
          programId: p.id,
          spentOn: dateOnlyToDate(payDay),
          amount: amount(8000, 14000),
          category: 'STAFF',
          description: `${month} 运营团队（脚本、投流、拍摄）劳务`,
          recordedById: coordinator.id,
        },
        {
          programId: p.id,
          spentOn: dateOnlyToDate(`${month}-20`),
          amount: amount(3000, 9000),
          category: 'TRAFFIC',
          description: `${month} 抖音投流充值`,
          recordedById: coordinator.id,
        },
      );
      if (random() < 0.6)
        rows.push({
          programId: p.id,
          spentOn: dateOnlyToDate(`${month}-12`),
          amount: amount(800, 3500),
          category: 'TRAVEL',
          description: `${month} 走访供应商差旅`,
          recordedById: coordinator.id,
        });
    }
    await tx.programExpense.createMany({ data: rows });
  }

  const shufu = programs.find((p) => p.name.includes('疏附'));
  const huaihua = programs.find((p) => p.name.includes('怀化'));
  const shufuSponsor = await tx.user.findUnique({ where: { email: 'sponsor@grassroots.local' }, select: { id: true } });
  const huaihuaSponsor = huaihua
    ? await tx.user.create({
        data: {
          email: 'huaihua-sponsor@grassroots.local',
          name: '怀化市商务局 刘科长',
          role: 'SPONSOR',
          sponsorId: huaihua.sponsorId,
          passwordHash,
        },
        select: { id: true },
      })
    : null;

  const report = async (
    p: (typeof programs)[number],
    period: string,
    status: 'SUBMITTED' | 'ACCEPTED' | 'RETURNED',
    sponsorUserId: string,
    comments?: string,
  ) => {
    const snapshot = await computeReport(tx, p, period);
    const hash = hashSnapshot(snapshot);
    const to = snapshot.period.to;
    const prepared = at(addDays(to, 3));
    const submitted = at(addDays(to, 4), 16);
    const decided = at(addDays(to, 7), 11);
    if (decided > new Date()) return;
    const events: Prisma.SponsorReportEventCreateWithoutReportInput[] = [
      { action: 'PREPARE', toStatus: 'DRAFT', actorId: coordinator.id, at: prepared },
      {
        action: 'SUBMIT',
        fromStatus: 'DRAFT',
        toStatus: 'SUBMITTED',
        snapshotHash: hash,
        actorId: coordinator.id,
        at: submitted,
      },
    ];
    if (status === 'ACCEPTED')
      events.push({
        action: 'ACCEPT',
        fromStatus: 'SUBMITTED',
        toStatus: 'ACCEPTED',
        snapshotHash: hash,
        actorId: sponsorUserId,
        at: decided,
      });
    if (status === 'RETURNED')
      events.push({
        action: 'RETURN',
        fromStatus: 'SUBMITTED',
        toStatus: 'RETURNED',
        snapshotHash: hash,
        comments,
        actorId: sponsorUserId,
        at: decided,
      });
    await tx.sponsorReport.create({
      data: {
        programId: p.id,
        period,
        periodFrom: dateOnlyToDate(snapshot.period.from),
        periodTo: dateOnlyToDate(to),
        status,
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        snapshotHash: hash,
        preparedById: coordinator.id,
        preparedAt: prepared,
        submittedById: coordinator.id,
        submittedAt: submitted,
        ...(status === 'ACCEPTED' ? { acceptedById: sponsorUserId, acceptedAt: decided } : {}),
        ...(status === 'RETURNED'
          ? { returnedById: sponsorUserId, returnedAt: decided, returnComments: comments }
          : {}),
        version: status === 'SUBMITTED' ? 2 : 3,
        events: { create: events },
      },
    });
  };

  if (shufu && shufuSponsor) {
    await report(shufu, '2026-09', 'ACCEPTED', shufuSponsor.id);
    await report(shufu, '2026-10', 'SUBMITTED', shufuSponsor.id);
    // A September invoice that arrived late, entered after the sponsor accepted September.
    await tx.programExpense.create({
      data: {
        programId: shufu.id,
        spentOn: dateOnlyToDate('2026-09-28'),
        amount: '3200.00',
        category: 'TRAFFIC',
        description: '补录：9月抖音投流发票（迟到）',
        recordedById: coordinator.id,
      },
    });
  }
  if (huaihua && huaihuaSponsor) {
    await report(huaihua, '2026-08', 'ACCEPTED', huaihuaSponsor.id);
    await report(huaihua, '2026-09', 'ACCEPTED', huaihuaSponsor.id);
    await report(
      huaihua,
      '2026-10',
      'RETURNED',
      huaihuaSponsor.id,
      '10月退款额明显上升，请补充说明原因并附平台导出的售后数据；长期孵化班出勤率低于80%，请说明整改措施。',
    );
  }
}
