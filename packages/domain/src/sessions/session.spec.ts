import { ErrorCode } from '../errors';
import { type GateFacts, qcGateProblems } from '../qc/qc-gate';
import { earlyStartMinutes, nextSessionStatus, overlaps, scheduleSessionSchema } from './session';
import { streamerBlock } from './session';

describe('session lifecycle', () => {
  it('SCHEDULED → LIVE → ENDED, or SCHEDULED → CANCELLED', () => {
    expect(nextSessionStatus('SCHEDULED', 'START')).toBe('LIVE');
    expect(nextSessionStatus('LIVE', 'END')).toBe('ENDED');
    expect(nextSessionStatus('SCHEDULED', 'CANCEL')).toBe('CANCELLED');
  });

  it.each([
    ['LIVE', 'START'],
    ['ENDED', 'START'],
    ['SCHEDULED', 'END'],
    ['ENDED', 'CANCEL'],
    ['LIVE', 'CANCEL'],
    ['CANCELLED', 'START'],
  ] as const)('%s cannot %s (CONFLICT)', (from, action) => {
    expect(() => nextSessionStatus(from, action)).toThrow(expect.objectContaining({ code: ErrorCode.CONFLICT }));
  });
});

describe('overlap', () => {
  const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00+08:00`);
  it('detects overlapping intervals and lets back-to-back sessions through', () => {
    expect(overlaps({ start: at('20:00'), minutes: 120 }, { start: at('21:30'), minutes: 60 })).toBe(true);
    expect(overlaps({ start: at('20:00'), minutes: 120 }, { start: at('19:00'), minutes: 61 })).toBe(true);
    expect(overlaps({ start: at('20:00'), minutes: 120 }, { start: at('22:00'), minutes: 60 })).toBe(false);
    expect(overlaps({ start: at('20:00'), minutes: 60 }, { start: at('19:00'), minutes: 60 })).toBe(false);
  });
});

describe('schedule input', () => {
  const base = {
    traineeId: 't',
    platform: 'DOUYIN',
    scheduledStart: '2026-12-01T20:00:00+08:00',
    plannedMinutes: 120,
    title: '县里的苹果',
    items: [],
  };
  it('accepts a plain session', () => expect(scheduleSessionSchema.safeParse(base).success).toBe(true));
  it('refuses the same product twice and a bad commission', () => {
    const r = scheduleSessionSchema.safeParse({
      ...base,
      items: [
        { productId: 'p', livePrice: '19.90', commissionPct: '25' },
        { productId: 'p', livePrice: '19.90', commissionPct: '120' },
      ],
    });
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['items.1.commissionPct', 'items.1.productId']);
  });
  it('refuses too short a session', () => {
    expect(scheduleSessionSchema.safeParse({ ...base, plannedMinutes: 5 }).error!.issues[0].path).toEqual([
      'plannedMinutes',
    ]);
  });
});

describe('QC gate', () => {
  const now = new Date('2026-11-26T00:00:00Z');
  const good = {
    productId: 'p',
    productName: '灰枣',
    status: 'APPROVED' as const,
    food: true,
    licences: [
      { kind: 'BUSINESS_LICENCE', number: '91653121', expiresOn: new Date('2030-01-01') },
      { kind: 'FOOD_PRODUCTION_LICENCE', number: 'SC101', expiresOn: new Date('2027-06-30') },
    ],
    passedInspectionValidUntil: new Date('2027-01-31'),
  };

  it('lets an approved product with valid licences and a valid passed inspection through', () => {
    expect(qcGateProblems(good, now)).toEqual([]);
    // goods other than food need only the business licence
    expect(qcGateProblems({ ...good, food: false, licences: good.licences.slice(0, 1) }, now)).toEqual([]);
  });

  it('names everything that is missing', () => {
    const bad = {
      ...good,
      status: 'PENDING_QC' as const,
      licences: [{ kind: 'BUSINESS_LICENCE', number: '9165', expiresOn: new Date('2026-10-01') }],
      passedInspectionValidUntil: new Date('2026-11-01'),
    };
    expect(qcGateProblems(bad, now).map((p) => [p.code, p.message.message])).toEqual([
      ['NOT_APPROVED', '灰枣: is waiting for QC'],
      ['LICENCE_EXPIRED', "灰枣: the supplier's business licence expired on 2026-10-01"],
      ['LICENCE_MISSING', '灰枣: the supplier has no food production licence on file'],
      ['NO_VALID_INSPECTION', '灰枣: the last passed inspection expired on 2026-11-01'],
    ]);
    expect(qcGateProblems({ ...good, passedInspectionValidUntil: null }, now)[0].message.message).toBe(
      '灰枣: no passed QC inspection',
    );
    expect(qcGateProblems({ ...good, status: 'SUSPENDED' }, now)[0].code).toBe('NOT_APPROVED');
  });

  it('says each problem as a message code with the product and the nested status or licence', () => {
    const [status, licence] = qcGateProblems(
      { ...good, status: 'PENDING_QC', licences: good.licences.slice(0, 1) },
      now,
    ).map((p) => p.message);
    expect(status).toMatchObject({
      code: 'qc.gate.status',
      params: { product: '灰枣', status: { code: 'qc.gate.waitingForQc' } },
    });
    expect(licence).toMatchObject({
      code: 'qc.gate.licenceMissing',
      params: { licence: { code: 'qc.licence.FOOD_PRODUCTION_LICENCE' } },
    });
  });

  it('names the recorded reason of a suspension or rejection, never a made-up one', () => {
    const first = (f: Partial<GateFacts>) => qcGateProblems({ ...good, ...f }, now)[0].message.message;
    expect(first({ status: 'SUSPENDED', statusReason: '抽检发现霉变' })).toBe('灰枣: is suspended: 抽检发现霉变');
    expect(first({ status: 'SUSPENDED', statusReason: '3 quality complaints in 30 days against 40 units sold' })).toBe(
      '灰枣: is suspended: 3 quality complaints in 30 days against 40 units sold',
    );
    expect(first({ status: 'SUSPENDED', statusReason: null })).toBe('灰枣: is suspended');
    expect(first({ status: 'REJECTED', statusReason: '包装破损' })).toBe('灰枣: was rejected by QC: 包装破损');
  });
});

describe('streamerBlock', () => {
  it('names why a trainee cannot stream, and lets an enrolled trainee whose cohort has not started through', () => {
    const team = { complete: true };
    expect(streamerBlock({ status: 'ENROLLED', supportTeam: team })).toBeNull();
    expect(streamerBlock({ status: 'ACTIVE', supportTeam: team })).toBeNull();
    expect(streamerBlock({ status: 'ACTIVE', supportTeam: null })).toBe('NO_TEAM');
    expect(streamerBlock({ status: 'ACTIVE', supportTeam: { complete: false } })).toBe('TEAM_INCOMPLETE');
    expect(streamerBlock({ status: 'GRADUATED', supportTeam: team })).toBe('LEFT_TRAINING');
    expect(streamerBlock({ status: 'DROPPED', supportTeam: null })).toBe('LEFT_TRAINING');
  });
});

describe('going live early', () => {
  const at = new Date('2026-12-01T12:00:00Z');
  it('asks for confirmation only more than 30 minutes before the booked start', () => {
    expect(earlyStartMinutes(at, new Date('2026-12-01T11:30:00Z'))).toBeNull();
    expect(earlyStartMinutes(at, new Date('2026-12-01T11:29:00Z'))).toBe(31);
    expect(earlyStartMinutes(at, new Date('2026-12-01T13:00:00Z'))).toBeNull();
  });
});
