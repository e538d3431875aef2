import { randomUUID } from 'node:crypto';

import {
  addDays,
  chinaDayStart,
  computeResult,
  type Provenance,
  type ProvenanceMap,
  todayInChina,
} from '@grassroots/domain';

import type { Prisma } from '../generated/client';
import { type PiiCipher, sealPhone } from './pii';

/**
 * The live-commerce half of the demo: suppliers and products, SUPPORT staff, a team per long-term streamer (one
 * left without, to show the warning), the finished short-term cohort's shared teams, and three weeks of sessions
 * whose GMV is log-normal around a median of ¥1–3k per streamer with a long tail (../shared/domain.md).
 *
 * Sessions never double-book anyone: every staff member sits on at most one "early" team (10:00 and 19:00
 * sessions) and one "late" team (14:00 and 21:30).
 */
type Tx = Prisma.TransactionClient;
type Platform = 'DOUYIN' | 'KUAISHOU' | 'TAOBAO_LIVE' | 'WECHAT_CHANNELS' | 'OTHER';
/** Sessions go out on the platform where the trainee has an account. */
const platformOf = (accounts: unknown): Platform => (Array.isArray(accounts) && accounts[0]?.platform) || 'DOUYIN';

const SUPPLIERS = [
  {
    key: 'shufu-coop',
    name: '疏附县托克扎克镇红枣种植合作社',
    kind: 'COOPERATIVE',
    region: '新疆喀什地区疏附县',
    contact: '艾力 0998-5620001',
  },
  {
    key: 'shufu-farm',
    name: '疏附县吾库萨克镇核桃园',
    kind: 'FARM',
    region: '新疆喀什地区疏附县',
    contact: '吐尔逊 13899120002',
  },
  {
    key: 'kashi-factory',
    name: '喀什丝路干果加工有限公司',
    kind: 'FACTORY',
    region: '新疆喀什地区',
    contact: '周经理 0998-2860003',
  },
  {
    key: 'mayang-coop',
    name: '麻阳县锦和镇冰糖橙专业合作社',
    kind: 'COOPERATIVE',
    region: '湖南省怀化市麻阳县',
    contact: '滕社长 13907450004',
  },
  {
    key: 'huaihua-dealer',
    name: '怀化山里香农特产商行',
    kind: 'DEALER',
    region: '湖南省怀化市',
    contact: '向老板 0745-2230005',
  },
  {
    key: 'dingxi-factory',
    name: '定西薯香淀粉制品厂',
    kind: 'FACTORY',
    region: '甘肃省定西市安定区',
    contact: '马厂长 0932-8230006',
  },
] as const;

const PRODUCTS: {
  supplier: string;
  name: string;
  category: string;
  origin: string;
  local: boolean;
  price: string;
  live: string;
  pct: string;
  perishable: boolean;
  status: string;
  region: 'shufu' | 'mayang' | 'dingxi';
}[] = [
  {
    supplier: 'shufu-coop',
    name: '疏附灰枣 特级 1kg',
    category: '干果',
    origin: '新疆疏附县',
    local: true,
    price: '28.00',
    live: '39.90',
    pct: '25.00',
    perishable: false,
    status: 'APPROVED',
    region: 'shufu',
  },
  {
    supplier: 'shufu-coop',
    name: '骏枣 一级 500g×2',
    category: '干果',
    origin: '新疆疏附县',
    local: true,
    price: '24.00',
    live: '35.80',
    pct: '25.00',
    perishable: false,
    status: 'APPROVED',
    region: 'shufu',
  },
  {
    supplier: 'shufu-farm',
    name: '薄皮核桃 2.5kg',
    category: '干果',
    origin: '新疆疏附县',
    local: true,
    price: '45.00',
    live: '59.90',
    pct: '22.00',
    perishable: false,
    status: 'APPROVED',
    region: 'shufu',
  },
  {
    supplier: 'kashi-factory',
    name: '纸皮巴旦木 500g',
    category: '干果',
    origin: '新疆喀什',
    local: false,
    price: '22.00',
    live: '32.90',
    pct: '28.00',
    perishable: false,
    status: 'APPROVED',
    region: 'shufu',
  },
  {
    supplier: 'kashi-factory',
    name: '吐鲁番绿葡萄干 1kg',
    category: '干果',
    origin: '新疆吐鲁番',
    local: false,
    price: '19.00',
    live: '29.90',
    pct: '30.00',
    perishable: false,
    status: 'APPROVED',
    region: 'shufu',
  },
  {
    supplier: 'shufu-farm',
    name: '冰糖心苹果 5kg 鲜果',
    category: '水果',
    origin: '新疆疏附县',
    local: true,
    price: '32.00',
    live: '49.90',
    pct: '20.00',
    perishable: true,
    status: 'APPROVED',
    region: 'shufu',
  },
  {
    supplier: 'shufu-coop',
    name: '散养土鸡蛋 30枚',
    category: '禽蛋',
    origin: '新疆疏附县',
    local: true,
    price: '30.00',
    live: '42.00',
    pct: '20.00',
    perishable: true,
    status: 'PENDING_QC',
    region: 'shufu',
  },
  {
    supplier: 'mayang-coop',
    name: '麻阳冰糖橙 5kg 鲜果',
    category: '水果',
    origin: '湖南麻阳县',
    local: true,
    price: '26.00',
    live: '39.80',
    pct: '22.00',
    perishable: true,
    status: 'APPROVED',
    region: 'mayang',
  },
  {
    supplier: 'huaihua-dealer',
    name: '湘西烟熏腊肉 500g',
    category: '肉制品',
    origin: '湖南怀化',
    local: true,
    price: '38.00',
    live: '56.00',
    pct: '25.00',
    perishable: false,
    status: 'APPROVED',
    region: 'mayang',
  },
  {
    supplier: 'huaihua-dealer',
    name: '山茶油 1L',
    category: '粮油',
    origin: '湖南怀化',
    local: true,
    price: '68.00',
    live: '89.00',
    pct: '20.00',
    perishable: false,
    status: 'APPROVED',
    region: 'mayang',
  },
  {
    supplier: 'huaihua-dealer',
    name: '野生土蜂蜜 500g',
    category: '蜂蜜',
    origin: '湖南怀化',
    local: true,
    price: '48.00',
    live: '68.00',
    pct: '25.00',
    perishable: false,
    status: 'REJECTED',
    region: 'mayang',
  },
  {
    supplier: 'dingxi-factory',
    name: '定西马铃薯宽粉 2.5kg',
    category: '粮油',
    origin: '甘肃定西',
    local: true,
    price: '18.00',
    live: '29.90',
    pct: '25.00',
    perishable: false,
    status: 'DRAFT',
    region: 'dingxi',
  },
];

const STAFF_NAMES: Record<'SCRIPT' | 'ADS' | 'FILMING' | 'PLANNER', string[]> = {
  SCRIPT: ['张脚本 Zhang Jiao', '王文案', '李编导', '赵写手', '陈策文', '刘笔杆', '杨文字', '黄台本', '吴话术'],
  ADS: ['刘投流', '周千川', '徐投放', '孙数据', '马流量', '朱推广', '胡竞价', '郭转化', '何出价'],
  FILMING: ['陈拍摄', '林摄像', '罗剪辑', '高灯光', '梁机位', '宋导播', '郑后期', '谢镜头', '韩场控'],
  PLANNER: ['杨策划', '许选品', '邓排期', '冯运营', '曹统筹', '彭活动', '曾规划', '萧方案', '田复盘'],
};
const ROLES = ['SCRIPT', 'ADS', 'FILMING', 'PLANNER'] as const;

export async function seedLive(
  tx: Tx,
  random: () => number,
  passwordHash: string,
  demoSupportId: string,
  demoTraineeId: string | undefined,
  pii: PiiCipher,
) {
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const between = (a: number, b: number) => a + (b - a) * random();
  const money = (x: number) => (Math.round(x * 100) / 100).toFixed(2);

  // Suppliers and products.
  const supplierIds = new Map<string, string>();
  const inDays = (d: number) => new Date(Date.now() + d * 86_400_000);
  for (const [i, s] of SUPPLIERS.entries()) {
    // Every supplier has its business licence; food makers their food production licence — the Huaihua dealer's
    // expired last month, so its products are stopped at the QC gate (a realistic thing for the demo to show).
    const licences = [
      {
        kind: 'BUSINESS_LICENCE' as const,
        number: `91${4300 + i}MA${String(1000 + i * 37)}X`,
        expiresOn: inDays(900 + i * 30),
      },
      {
        kind: 'FOOD_PRODUCTION_LICENCE' as const,
        number: `SC${10765 + i * 101}${String(2000 + i)}`,
        expiresOn: s.key === 'huaihua-dealer' ? inDays(-20) : inDays(400 + i * 45),
      },
    ];
    supplierIds.set(
      s.key,
      (
        await tx.supplier.create({
          data: { name: s.name, kind: s.kind, region: s.region, contact: s.contact, licences: { create: licences } },
        })
      ).id,
    );
  }
  const qc = await tx.user.findFirstOrThrow({ where: { role: 'QC_INSPECTOR' }, select: { id: true } });
  const products: ((typeof PRODUCTS)[number] & { id: string })[] = [];
  for (const p of PRODUCTS) {
    const row = await tx.product.create({
      data: {
        supplierId: supplierIds.get(p.supplier)!,
        name: p.name,
        category: p.category,
        originRegion: p.origin,
        localSpecialty: p.local,
        unitPrice: p.price,
        suggestedLivePrice: p.live,
        commissionPct: p.pct,
        perishable: p.perishable,
        status: p.status as never,
      },
    });
    products.push({ ...p, id: row.id });
    if (p.status === 'APPROVED' || p.status === 'REJECTED') {
      const passed = p.status === 'APPROVED';
      const at = inDays(-40 - products.length);
      await tx.qcInspection.create({
        data: {
          productId: row.id,
          lotSize: 4000,
          level: 'II',
          aqlCritical: '0',
          aqlMajor: '2.5',
          aqlMinor: '4.0',
          sampleSize: 200,
          criticalFound: 0,
          majorFound: passed ? 3 : 12,
          minorFound: passed ? 6 : 9,
          checklist: ['PACKAGING', 'LABELLING', 'WEIGHT', 'APPEARANCE', 'TASTE_FRESHNESS'].map((item) => ({
            item,
            ok: passed || item !== 'WEIGHT',
            note: passed || item !== 'WEIGHT' ? '' : '抽检净含量不足标称',
          })),
          photoFileIds: [],
          result: passed ? 'PASS' : 'FAIL',
          notes: passed ? '' : '主要缺陷 12 个，超过接收数 10',
          inspectorId: qc.id,
          inspectedAt: at,
          validUntil: new Date(at.getTime() + 90 * 86_400_000),
        },
      });
    }
    if (p.status === 'PENDING_QC') await tx.qcTask.create({ data: { productId: row.id, reason: '新品送检' } });
  }
  const sellable = (region: string) =>
    products.filter((p) => p.region === region && p.status === 'APPROVED' && p.supplier !== 'huaihua-dealer');

  // SUPPORT staff: nine per role (the demo account is the first script writer).
  const staff: Record<(typeof ROLES)[number], string[]> = {
    SCRIPT: [demoSupportId],
    ADS: [],
    FILMING: [],
    PLANNER: [],
  };
  let n = 0;
  for (const role of ROLES) {
    for (const name of STAFF_NAMES[role]) {
      if (role === 'SCRIPT' && staff.SCRIPT.length === 1 && name.startsWith('张脚本')) continue;
      n++;
      const u = await tx.user.create({
        data: { email: `support${n}@grassroots.local`, name, role: 'SUPPORT', passwordHash },
      });
      staff[role].push(u.id);
    }
  }

  // Long-term streamers: one 4-person team each, split into an early and a late shift.
  const longTerm = await tx.cohort.findMany({
    where: { track: 'LONG_TERM', status: 'IN_PROGRESS' },
    select: {
      id: true,
      name: true,
      startDate: true,
      program: { select: { region: true } },
      enrolments: {
        where: { status: 'ACTIVE' },
        select: { traineeId: true, trainee: { select: { platformAccounts: true } } },
        orderBy: { trainee: { name: 'asc' } },
      },
    },
    orderBy: { startDate: 'desc' }, // Shufu first: the demo trainee's team is the demo SUPPORT user's
  });
  const streamers: {
    traineeId: string;
    teamId: string;
    cohortId: string;
    shift: 0 | 1;
    region: string;
    memberIds: string[];
    platform: Platform;
    from: Date;
  }[] = [];
  let teamNo = 0;
  const coordinator = await tx.user.findFirstOrThrow({ where: { role: 'COORDINATOR' }, select: { id: true } });
  const startOf = (cohort: { startDate: Date }) => new Date(cohort.startDate.getTime() + 7 * 86_400_000);
  for (const c of longTerm) {
    const region = c.program.region.includes('麻阳') ? 'mayang' : 'shufu';
    // The demo trainee first, so that she is on the demo SUPPORT user's team; the last of Mayang stays without a team.
    const ordered = [...c.enrolments].sort((a, b) =>
      a.traineeId === demoTraineeId ? -1 : b.traineeId === demoTraineeId ? 1 : 0,
    );
    const withTeams = region === 'mayang' ? ordered.slice(0, -1) : ordered;
    for (const e of withTeams) {
      const shift = (teamNo % 2) as 0 | 1;
      const slot = Math.floor(teamNo / 2); // each person: one early team (slot k) and one late team (slot k)
      const memberIds = ROLES.map((r) => staff[r][slot % staff[r].length]);
      teamNo++;
      const team = await tx.supportTeam.create({
        data: {
          name: `${c.name.slice(0, 2)}${teamNo}组`,
          cohortId: c.id,
          createdAt: startOf(c),
          members: { create: ROLES.map((role, i) => ({ role, userId: memberIds[i], joinedAt: startOf(c) })) },
        },
      });
      await tx.teamAssignment.create({
        data: { teamId: team.id, traineeId: e.traineeId, assignedById: coordinator.id, startedAt: startOf(c) },
      });
      streamers.push({
        traineeId: e.traineeId,
        teamId: team.id,
        cohortId: c.id,
        shift,
        region,
        memberIds,
        platform: platformOf(e.trainee.platformAccounts),
        from: startOf(c),
      });
    }
  }
  // One change of line-up, so that history shows: the first team's ADS seat changed hands two weeks ago.
  if (streamers[0]) {
    const first = streamers[0];
    const twoWeeksAgo = new Date(Date.now() - 14 * 86_400_000);
    const seat = await tx.teamMembership.findFirstOrThrow({ where: { teamId: first.teamId, role: 'ADS' } });
    const before = staff.ADS[staff.ADS.length - 1];
    await tx.teamMembership.update({ where: { id: seat.id }, data: { joinedAt: twoWeeksAgo } });
    await tx.teamMembership.create({
      data: {
        teamId: first.teamId,
        userId: before,
        role: 'ADS',
        joinedAt: new Date(twoWeeksAgo.getTime() - 30 * 86_400_000),
        leftAt: twoWeeksAgo,
      },
    });
  }

  // The finished short-term cohort: three 3-person teams that each backed five trainees, ended with the cohort.
  const finished = await tx.cohort.findFirst({
    where: { track: 'SHORT_TERM', status: 'COMPLETED', program: { region: { contains: '疏附' } } },
    select: {
      id: true,
      startDate: true,
      endDate: true,
      enrolments: {
        select: { traineeId: true, trainee: { select: { platformAccounts: true } } },
        orderBy: { trainee: { name: 'asc' } },
      },
    },
  });
  const shortStreamers: {
    traineeId: string;
    teamId: string;
    cohortId: string;
    slot: number;
    from: Date;
    to: Date;
    platform: Platform;
  }[] = [];
  if (finished) {
    for (let t = 0; t < 3; t++) {
      const members = (['SCRIPT', 'ADS', 'FILMING'] as const).map((r) => staff[r][staff[r].length - 1 - t]);
      const team = await tx.supportTeam.create({
        data: {
          name: `短期班${t + 1}组`,
          cohortId: finished.id,
          createdAt: finished.startDate,
          members: { create: members.map((userId, i) => ({ userId, role: ROLES[i], joinedAt: finished.startDate })) },
        },
      });
      finished.enrolments.slice(t * 5, t * 5 + 5).forEach((e, i) =>
        shortStreamers.push({
          traineeId: e.traineeId,
          teamId: team.id,
          cohortId: finished.id,
          slot: i,
          from: finished.startDate,
          to: finished.endDate,
          platform: platformOf(e.trainee.platformAccounts),
        }),
      );
      for (const s of shortStreamers.filter((x) => x.teamId === team.id)) {
        await tx.teamAssignment.create({
          data: {
            teamId: team.id,
            traineeId: s.traineeId,
            assignedById: coordinator.id,
            startedAt: finished.startDate,
            endedAt: new Date(finished.endDate.getTime() + 86_400_000),
            endReason: '短期班结业',
            endedById: coordinator.id,
          },
        });
      }
    }
  }

  // Sessions.
  const now = new Date();
  const today = todayInChina(now);
  const sessions: Prisma.LiveSessionCreateManyInput[] = [];
  const items: Prisma.LiveSessionItemCreateManyInput[] = [];
  const TITLES = [
    '产地直发专场',
    '老乡带你看枣园',
    '丰收季福利专场',
    '家乡味道 限时秒杀',
    '新品试吃直播',
    '周末宠粉专场',
    '果园现摘现发',
    '助农好物直播间',
  ];
  const addSession = (o: {
    traineeId: string;
    teamId: string;
    cohortId: string;
    region: string;
    platform: Platform;
    start: Date;
    minutes: number;
    median: number;
    createdById: string;
  }) => {
    const id = randomUUID();
    const featured = [...sellable(o.region)].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 3));
    const end = new Date(o.start.getTime() + o.minutes * 60_000);
    const base = {
      id,
      traineeId: o.traineeId,
      teamId: o.teamId,
      cohortId: o.cohortId,
      platform: o.platform,
      scheduledStart: o.start,
      plannedMinutes: o.minutes,
      scheduledEnd: end,
      title: TITLES[Math.floor(random() * TITLES.length)],
      scriptUrl: `https://docs.grassroots.local/scripts/${id.slice(0, 8)}`,
      createdById: o.createdById,
    };
    featured.forEach((p, i) =>
      items.push({
        id: randomUUID(),
        sessionId: id,
        position: i + 1,
        productId: p.id,
        livePrice: p.live,
        commissionPct: p.pct,
      }),
    );
    if (end > now) {
      sessions.push({ ...base, status: 'SCHEDULED' });
      return;
    }
    if (random() < 0.03) {
      sessions.push({ ...base, status: 'CANCELLED', cancelReason: random() < 0.5 ? '主播生病请假' : '网络故障，改期' });
      return;
    }
    // Log-normal GMV around this streamer's median; the tail is long (σ = 0.9).
    const gmv = Math.max(0, o.median * Math.exp(0.9 * normal()));
    const avgOrder = between(35, 75);
    const orders = Math.max(gmv > 0 ? 1 : 0, Math.round(gmv / avgOrder));
    const viewers = Math.max(orders * 10, Math.round(gmv / between(0.6, 2.5)));
    const fresh = featured.some((p) => p.perishable);
    // Refunds come from after-sales: 3–8 % of orders (8–15 % for fresh produce) become tickets; most are refunded.
    const rate = fresh ? between(0.08, 0.15) : between(0.03, 0.08);
    let refunds = 0;
    const claims = Math.round(orders * rate);
    for (let k = 0; k < claims; k++) {
      const p = featured[Math.floor(random() * featured.length)];
      const amount = Number(p.live) * (1 + Math.floor(random() * 2));
      const ticket = addTicket({
        sessionId: id,
        traineeId: o.traineeId,
        product: p,
        amount,
        at: new Date(end.getTime() + between(2, 96) * 3600_000),
      });
      if (ticket.refunded) refunds += amount;
    }
    const adSpend = gmv * between(0.1, 0.4);
    const exported = random() < 0.75;
    const source: Provenance = exported ? 'PLATFORM_EXPORT' : 'MANUAL';
    // Most sessions have per-product sales from the platform; the rest leave commission to be estimated.
    const split = random() < 0.8;
    const weights = featured.map(() => 0.2 + random());
    const total = weights.reduce((a, b) => a + b, 0);
    let allocated = 0;
    const perItem = featured.map((p, i) => {
      const g = i === featured.length - 1 ? gmv - allocated : Math.round(((gmv * weights[i]) / total) * 100) / 100;
      allocated += g;
      return { g: Math.max(0, g), units: Math.max(0, Math.round(g / Number(p.live))) };
    });
    const itemRows = items.slice(items.length - featured.length);
    if (split)
      itemRows.forEach((row, i) => Object.assign(row, { gmv: money(perItem[i].g), unitsSold: perItem[i].units }));
    const provenance: ProvenanceMap = {
      actualMinutes: source,
      viewers: source,
      peakViewers: source,
      newFollowers: source,
      orders: source,
      gmv: source,
      adSpend: 'PLATFORM_EXPORT',
      refunds: 'MANUAL',
    };
    const computed = computeResult({
      gmv: money(gmv),
      refunds: money(refunds),
      adSpend: money(adSpend),
      orders,
      viewers,
      provenance,
      items: featured.map((p, i) => ({ commissionPct: p.pct, gmv: split ? money(perItem[i].g) : null })),
    });
    sessions.push({
      ...base,
      status: 'ENDED',
      startedAt: o.start,
      endedAt: end,
      actualMinutes: o.minutes + Math.round(normal() * 8),
      viewers,
      peakViewers: Math.max(1, Math.round(viewers * between(0.03, 0.08))),
      newFollowers: Math.round(viewers * between(0.005, 0.03)),
      orders,
      gmv: money(gmv),
      adSpend: money(adSpend),
      refunds: money(refunds),
      commission: computed.commission,
      netResult: computed.netResult,
      provenance: { ...provenance, ...computed.provenance },
      resultsRecordedAt: end,
      resultsRecordedById: o.createdById,
    });
  };

  // After-sales tickets (numbers AS-YYYY-000001 …), their timelines, and the canned replies agents start from.
  const tickets: Prisma.AfterSalesTicketCreateManyInput[] = [];
  const events: Prisma.TicketEventCreateManyInput[] = [];
  const agent = await tx.user.findFirstOrThrow({ where: { role: 'AFTERSALES_AGENT' }, select: { id: true } });
  const CUSTOMERS = ['王女士', '李先生', '陈女士', '刘先生', '赵女士', '周先生', '吴女士', '孙先生'];
  const REPORTS: Record<string, string> = {
    QUALITY_COMPLAINT: '收到的货有坏的，和直播间说的不一样',
    REFUND_ONLY: '还没发货，不想要了',
    RETURN_REFUND: '尺寸不合适，申请退货退款',
    LOGISTICS: '快递一直没有更新',
    EXCHANGE: '发错规格了，想换一个',
  };
  const addTicket = (t: {
    sessionId: string;
    traineeId: string;
    product: (typeof products)[number];
    amount: number;
    at: Date;
  }) => {
    const type = t.product.perishable
      ? random() < 0.7
        ? 'QUALITY_COMPLAINT'
        : 'LOGISTICS'
      : (['REFUND_ONLY', 'RETURN_REFUND', 'QUALITY_COMPLAINT', 'LOGISTICS', 'EXCHANGE'] as const)[
          Math.floor(random() * 5)
        ];
    const id = randomUUID();
    const age = (now.getTime() - t.at.getTime()) / 3600_000;
    // Older tickets are done; the last days' are still in the queue at various steps.
    const status =
      t.at > now
        ? null
        : age > 72
          ? random() < 0.8
            ? 'CLOSED'
            : 'RESOLVED'
          : (['NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED'] as const)[Math.floor(random() * 5)];
    if (!status) return { refunded: false };
    const done = status === 'RESOLVED' || status === 'CLOSED';
    const refunded = done && type !== 'LOGISTICS' && type !== 'EXCHANGE';
    const rootCause = !done
      ? null
      : type === 'QUALITY_COMPLAINT'
        ? random() < 0.8
          ? 'QUALITY'
          : 'DESCRIPTION_MISMATCH'
        : type === 'LOGISTICS'
          ? 'LOGISTICS'
          : 'CUSTOMER_CHANGED_MIND';
    const step = (h: number) => new Date(Math.min(now.getTime() - 60_000, t.at.getTime() + h * 3600_000));
    const n = tickets.length + 1;
    tickets.push({
      id,
      number: `AS-${t.at.getFullYear()}-${String(n).padStart(6, '0')}`,
      orderRef: `DY${String(4_800_000_000_000 + Math.floor(random() * 1e12))}`,
      productId: t.product.id,
      sessionId: t.sessionId,
      traineeId: t.traineeId,
      customerName: CUSTOMERS[n % CUSTOMERS.length],
      ...sealPhone(pii, `1${['38', '39', '58', '86'][n % 4]}${String(10_000_000 + Math.floor(random() * 89_999_999))}`),
      type,
      priority: type === 'QUALITY_COMPLAINT' ? 'HIGH' : 'NORMAL',
      status,
      amountClaimed: money(t.amount),
      refundAmount: refunded ? money(t.amount) : null,
      rootCause,
      assigneeId: status === 'NEW' ? null : agent.id,
      deliveredAt: step(24),
      refundedAt: refunded ? step(30) : null,
      firstRespondedAt: status === 'NEW' ? null : step(1),
      resolvedAt: done ? step(28) : null,
      createdAt: t.at,
      version: 1,
    });
    events.push({
      id: randomUUID(),
      ticketId: id,
      kind: 'REPORT',
      internal: false,
      body: REPORTS[type] ?? '申请售后',
      authorId: agent.id,
      at: t.at,
    });
    const path = [
      'TRIAGED',
      'IN_PROGRESS',
      ...(status === 'WAITING_CUSTOMER' ? ['WAITING_CUSTOMER'] : []),
      ...(done ? ['RESOLVED'] : []),
      ...(status === 'CLOSED' ? ['CLOSED'] : []),
    ];
    const upto = status === 'NEW' ? 0 : status === 'TRIAGED' ? 1 : path.length;
    let from = 'NEW';
    path.slice(0, upto).forEach((to, k) => {
      events.push({
        id: randomUUID(),
        ticketId: id,
        kind: 'STATUS',
        fromStatus: from as never,
        toStatus: to as never,
        body: '',
        authorId: agent.id,
        at: step(0.5 + k * 6),
      });
      from = to;
    });
    if (status !== 'NEW')
      events.push({
        id: randomUUID(),
        ticketId: id,
        kind: 'COMMENT',
        internal: false,
        body: '您好，已收到您的售后申请，我们马上核实处理。',
        authorId: agent.id,
        at: step(1),
      });
    return { refunded };
  };

  // Long-term: from the team's first week (at most ten weeks back) one stream a day, two a day for the last three
  // weeks and the coming week; each streamer improves a little each week (sponsor reports need the months before).
  const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);
  for (const s of streamers) {
    const median = between(1000, 3000);
    const first = Math.max(-70, Math.ceil((s.from.getTime() - chinaDayStart(today).getTime()) / 86_400_000));
    for (let d = first; d <= 7; d++) {
      const day = addDays(today, d);
      const growth = Math.exp(0.015 * (d + 21));
      const both =
        s.shift === 0
          ? [
              ['10:00', 90],
              ['19:00', 120],
            ]
          : [
              ['14:00', 90],
              ['21:30', 90],
            ];
      const times = d < -21 ? both.slice(1) : both;
      for (const [hhmm, minutes] of times as [string, number][]) {
        addSession({ ...s, start: at(day, hhmm), minutes, median: median * growth, createdById: s.memberIds[3] });
      }
    }
  }
  // Short-term: one practice stream a day in the second half of the cohort, five slots a day per team.
  const SLOTS = ['09:00', '11:00', '14:00', '16:30', '19:30'];
  for (const s of shortStreamers) {
    const median = between(600, 2000);
    const first = addDays(s.from.toISOString().slice(0, 10), 10);
    for (let day = first; chinaDayStart(day) <= s.to; day = addDays(day, 1)) {
      addSession({
        ...s,
        region: 'shufu',
        start: at(day, SLOTS[s.slot]),
        minutes: 90,
        median,
        createdById: coordinator.id,
      });
    }
  }
  for (let i = 0; i < sessions.length; i += 500) await tx.liveSession.createMany({ data: sessions.slice(i, i + 500) });
  for (let i = 0; i < items.length; i += 1000) await tx.liveSessionItem.createMany({ data: items.slice(i, i + 1000) });
  for (let i = 0; i < tickets.length; i += 500)
    await tx.afterSalesTicket.createMany({ data: tickets.slice(i, i + 500) });
  for (let i = 0; i < events.length; i += 1000) await tx.ticketEvent.createMany({ data: events.slice(i, i + 1000) });
  if (tickets.length) await tx.$executeRawUnsafe(`SELECT setval('"AfterSalesTicket_number_seq"', ${tickets.length})`);
  await tx.cannedReply.createMany({
    data: [
      { title: '已收到申请', body: '您好，已收到您的售后申请，我们会在 24 小时内核实处理，请保持电话畅通。' },
      { title: '请提供照片', body: '您好，麻烦您拍一下商品和外包装的照片发给我们，方便我们尽快为您处理。' },
      { title: '已安排退款', body: '您好，已为您办理退款，款项将在 1–3 个工作日内原路退回。' },
      {
        title: '生鲜不支持七天无理由',
        body: '您好，生鲜商品不适用七天无理由退货；如有质量问题，请提供照片，我们按质量问题为您处理。',
      },
      { title: '物流已催促', body: '您好，已联系快递公司催促派送，有新进展会第一时间通知您。' },
    ],
  });
  return {
    sessions: sessions.length,
    teams: teamNo + (finished ? 3 : 0),
    products: products.length,
    tickets: tickets.length,
  };
}
