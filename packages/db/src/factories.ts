import { dateOnlyToDate, maskNationalId, nationalIdCheckChar } from '@grassroots/domain';

import type { Prisma, PrismaClient, Role } from '../generated/client';
import { hashPassword } from './passwords';
import { createPiiCipher, type PiiCipher } from './pii';

/**
 * Test and seed factories: `createX(prisma, overrides)` makes a valid record with sensible defaults.
 * Shared by the demo seed and the test suites so both exercise the same shapes.
 */
type Db = PrismaClient | Prisma.TransactionClient;
let seq = 0;
const next = () => ++seq;

let defaultCipher: PiiCipher | undefined;
const cipher = () => (defaultCipher ??= createPiiCipher());

/** A syntactically valid resident ID number (GB 11643 check digit) for a region code and birth date. */
export function fakeNationalId(region = '653121', birth = '19900307', serial = next() % 1000): string {
  const first17 = `${region}${birth}${String(serial).padStart(3, '0')}`;
  return first17 + nationalIdCheckChar(first17);
}

export async function createSponsor(db: Db, o: Partial<Prisma.SponsorUncheckedCreateInput> = {}) {
  const n = next();
  return db.sponsor.create({
    data: {
      name: `测试县人民政府 ${n}`,
      region: '新疆喀什地区',
      contactName: '王主任',
      contactPhone: '13800138000',
      ...o,
    },
  });
}

export async function createProgram(
  db: Db,
  o: Partial<Prisma.ProgramUncheckedCreateInput> & { sponsorId?: string } = {},
) {
  const sponsorId = o.sponsorId ?? (await createSponsor(db)).id;
  const n = next();
  return db.program.create({
    data: {
      name: `电商直播人才培训项目 ${n}`,
      region: '新疆喀什地区疏附县',
      startDate: dateOnlyToDate('2026-09-01'),
      endDate: dateOnlyToDate('2027-02-28'),
      budget: '480000.00',
      targetShortTermTrainees: 15,
      targetLongTermTrainees: 10,
      targetGmv: '1200000.00',
      ...o,
      sponsorId,
    },
  });
}

export async function createCohort(
  db: Db,
  o: Partial<Prisma.CohortUncheckedCreateInput> & { programId?: string } = {},
) {
  const programId = o.programId ?? (await createProgram(db)).id;
  const n = next();
  return db.cohort.create({
    data: {
      name: `第${n}期 短期班`,
      track: 'SHORT_TERM',
      startDate: dateOnlyToDate('2026-10-08'),
      endDate: dateOnlyToDate('2026-10-28'),
      capacity: 20,
      location: '疏附县电商产业园',
      status: 'RECRUITING',
      ...o,
      programId,
    },
  });
}

export async function createTrainee(
  db: Db,
  o: Partial<Omit<Prisma.TraineeUncheckedCreateInput, 'nationalIdCipher' | 'nationalIdHash' | 'nationalIdMasked'>> & {
    nationalId?: string;
    pii?: PiiCipher;
  } = {},
) {
  const { nationalId = fakeNationalId(), pii = cipher(), ...rest } = o;
  const n = next();
  return db.trainee.create({
    data: {
      name: `学员${n}`,
      phone: `139${String(10000000 + n).slice(-8)}`,
      hometown: '疏附县塔什米里克乡',
      background: '农民',
      status: 'APPLIED',
      ...rest,
      nationalIdCipher: pii.encrypt(nationalId),
      nationalIdHash: pii.hash(nationalId),
      nationalIdMasked: maskNationalId(nationalId)!,
    },
  });
}

export async function createEnrolment(
  db: Db,
  o: {
    traineeId: string;
    cohortId: string;
    status?: 'ACTIVE' | 'WITHDRAWN' | 'COMPLETED';
    enrolledAt?: Date;
    completedAt?: Date;
    withdrawnAt?: Date;
    withdrawReason?: string;
  },
) {
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: o.cohortId },
    select: { programId: true, startDate: true, endDate: true },
  });
  const completedAt = o.status === 'COMPLETED' ? (o.completedAt ?? cohort.endDate) : undefined;
  const withdrawnAt = o.status === 'WITHDRAWN' ? (o.withdrawnAt ?? new Date()) : undefined;
  return db.enrolment.create({ data: { ...o, completedAt, withdrawnAt, programId: cohort.programId } });
}

export const DEFAULT_TEST_PASSWORD = 'correct-horse-battery';
let cachedHash: Promise<string> | undefined;

export async function createUser(
  db: Db,
  o: Partial<Omit<Prisma.UserUncheckedCreateInput, 'passwordHash'>> & { role: Role; password?: string },
) {
  const { password, ...rest } = o;
  const passwordHash = password
    ? await hashPassword(password)
    : await (cachedHash ??= hashPassword(DEFAULT_TEST_PASSWORD));
  const n = next();
  return db.user.create({
    data: { email: `${o.role.toLowerCase()}${n}@example.test`, name: `${o.role} ${n}`, ...rest, passwordHash },
  });
}

/** A supplier with a business licence and a food production licence valid until 2030 (unless `licences` says otherwise). */
export async function createSupplier(
  db: Db,
  o: Partial<Prisma.SupplierUncheckedCreateInput> & {
    licences?: {
      kind: 'BUSINESS_LICENCE' | 'FOOD_PRODUCTION_LICENCE' | 'FOOD_BUSINESS_LICENCE' | 'OTHER';
      expiresOn: string;
    }[];
  } = {},
) {
  const n = next();
  const {
    licences = [
      { kind: 'BUSINESS_LICENCE', expiresOn: '2030-12-31' },
      { kind: 'FOOD_PRODUCTION_LICENCE', expiresOn: '2030-12-31' },
    ],
    ...rest
  } = o;
  return db.supplier.create({
    data: {
      name: `合作社${n}`,
      kind: 'COOPERATIVE',
      region: '新疆喀什地区疏附县',
      ...rest,
      licences: {
        create: licences.map((l, i) => ({
          kind: l.kind,
          number: `9165${String(n).padStart(6, '0')}${i}`,
          expiresOn: dateOnlyToDate(l.expiresOn),
        })),
      },
    },
  });
}

/** A product; an APPROVED one (the default) also gets the passed inspection that approved it, valid 90 days. */
export async function createProduct(
  db: Db,
  o: Partial<Prisma.ProductUncheckedCreateInput> & { supplierId?: string; inspectorId?: string } = {},
) {
  const { inspectorId, ...rest } = o;
  const supplierId = rest.supplierId ?? (await createSupplier(db)).id;
  const n = next();
  const product = await db.product.create({
    data: {
      name: `疏附红枣${n}`,
      category: '干果',
      originRegion: '新疆喀什地区疏附县',
      localSpecialty: true,
      unitPrice: '25.00',
      suggestedLivePrice: '39.90',
      commissionPct: '25.00',
      perishable: false,
      status: 'APPROVED',
      ...rest,
      supplierId,
    },
  });
  if (product.status === 'APPROVED') await createPassedInspection(db, product.id, inspectorId ?? 'seed');
  return product;
}

export async function createPassedInspection(
  db: Db,
  productId: string,
  inspectorId: string,
  at = new Date(),
  validDays = 90,
) {
  return db.qcInspection.create({
    data: {
      productId,
      lotSize: 4000,
      level: 'II',
      aqlCritical: '0',
      aqlMajor: '2.5',
      aqlMinor: '4.0',
      sampleSize: 200,
      criticalFound: 0,
      majorFound: 2,
      minorFound: 5,
      checklist: ['PACKAGING', 'LABELLING', 'WEIGHT', 'APPEARANCE', 'TASTE_FRESHNESS'].map((item) => ({
        item,
        ok: true,
        note: '',
      })),
      photoFileIds: [],
      result: 'PASS',
      inspectorId,
      inspectedAt: at,
      validUntil: new Date(at.getTime() + validDays * 86_400_000),
    },
  });
}

/** A complete team (SCRIPT, ADS, FILMING and, unless `size` is 3, PLANNER) of new SUPPORT users, optionally backing trainees. */
export async function createTeam(
  db: Db,
  o: {
    cohortId: string;
    name?: string;
    size?: 3 | 4;
    traineeIds?: string[];
    memberIds?: string[];
    assignedById?: string;
  },
) {
  const roles = (['SCRIPT', 'ADS', 'FILMING', 'PLANNER'] as const).slice(0, o.size ?? 4);
  const memberIds =
    o.memberIds ?? (await Promise.all(roles.map(() => createUser(db, { role: 'SUPPORT' })))).map((u) => u.id);
  const team = await db.supportTeam.create({
    data: {
      name: o.name ?? `小组${next()}`,
      cohortId: o.cohortId,
      members: { create: roles.map((role, i) => ({ role, userId: memberIds[i] })) },
    },
  });
  for (const traineeId of o.traineeIds ?? [])
    await db.teamAssignment.create({
      data: { teamId: team.id, traineeId, assignedById: o.assignedById ?? memberIds[0] },
    });
  return { ...team, memberIds };
}

export async function createLiveSession(
  db: Db,
  o: {
    traineeId: string;
    teamId: string;
    start: Date;
    minutes?: number;
    status?: 'SCHEDULED' | 'LIVE' | 'ENDED' | 'CANCELLED';
    gmv?: string;
    viewers?: number;
    orders?: number;
    productIds?: string[];
    createdById?: string;
  },
) {
  const team = await db.supportTeam.findUniqueOrThrow({ where: { id: o.teamId }, select: { cohortId: true } });
  const minutes = o.minutes ?? 120;
  const ended = o.status === 'ENDED';
  const creator =
    o.createdById ??
    (await db.teamMembership.findFirstOrThrow({ where: { teamId: o.teamId }, select: { userId: true } })).userId;
  return db.liveSession.create({
    data: {
      traineeId: o.traineeId,
      teamId: o.teamId,
      cohortId: team.cohortId,
      platform: 'DOUYIN',
      scheduledStart: o.start,
      plannedMinutes: minutes,
      scheduledEnd: new Date(o.start.getTime() + minutes * 60_000),
      title: `直播${next()}`,
      status: o.status ?? 'SCHEDULED',
      createdById: creator,
      ...(ended
        ? {
            startedAt: o.start,
            endedAt: new Date(o.start.getTime() + minutes * 60_000),
            actualMinutes: minutes,
            viewers: o.viewers ?? 1000,
            peakViewers: 50,
            newFollowers: 10,
            orders: o.orders ?? 20,
            gmv: o.gmv ?? '2000.00',
            adSpend: '300.00',
            commission: '500.00',
            netResult: '1200.00',
            provenance: { gmv: 'MANUAL' },
            resultsRecordedAt: new Date(),
          }
        : {}),
      items: {
        create: (o.productIds ?? []).map((productId, i) => ({
          position: i + 1,
          productId,
          livePrice: '39.90',
          commissionPct: '25.00',
        })),
      },
    },
  });
}
