import type { Prisma } from '@grassroots/db';
import { computeResult, Provenance, type ProvenanceMap, SessionStatus, type StreamPlatform } from '@grassroots/domain';
import { StreamPlatform as StreamPlatformEnum } from '@grassroots/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Paginated } from '../../../core/graphql/pagination';

registerEnumType(SessionStatus, { name: 'LiveSessionStatus' });
registerEnumType(Provenance, { name: 'Provenance', description: 'Where a figure came from' });

@ObjectType({ description: 'One product in a session’s run of show' })
export class LiveSessionItem {
  @Field(() => ID) id: string;
  sessionId: string;
  @Field(() => Int) position: number;
  @Field(() => ID) productId: string;
  @Field({ description: 'Price in this session, yuan' }) livePrice: string;
  @Field({ description: 'Percent' }) commissionPct: string;
  @Field(() => Int, { nullable: true }) unitsSold: number | null;
  @Field(() => String, { nullable: true, description: 'This product’s share of the GMV, yuan' }) gmv: string | null;
}

@ObjectType({ description: 'Where each figure came from: PLATFORM_EXPORT, MANUAL or ESTIMATE' })
export class ResultProvenance {
  @Field(() => Provenance, { nullable: true }) actualMinutes?: Provenance;
  @Field(() => Provenance, { nullable: true }) viewers?: Provenance;
  @Field(() => Provenance, { nullable: true }) peakViewers?: Provenance;
  @Field(() => Provenance, { nullable: true }) newFollowers?: Provenance;
  @Field(() => Provenance, { nullable: true }) orders?: Provenance;
  @Field(() => Provenance, { nullable: true }) gmv?: Provenance;
  @Field(() => Provenance, { nullable: true }) adSpend?: Provenance;
  @Field(() => Provenance, { nullable: true }) refunds?: Provenance;
  @Field(() => Provenance, { nullable: true }) commission?: Provenance;
  @Field(() => Provenance, { nullable: true }) netResult?: Provenance;
}

@ObjectType({ description: 'What a session sold and what it was worth; money in yuan as decimal strings' })
export class SessionResults {
  @Field(() => Int) actualMinutes: number;
  @Field(() => Int) viewers: number;
  @Field(() => Int) peakViewers: number;
  @Field(() => Int) newFollowers: number;
  @Field(() => Int) orders: number;
  @Field() gmv: string;
  @Field() adSpend: string;
  @Field({ description: 'Filled in later by after-sales' }) refunds: string;
  @Field({ description: 'Per product: sales × rate, scaled by what buyers kept' }) commission: string;
  @Field({ description: 'GMV − refunds − commission − ad spend' }) netResult: string;
  @Field(() => Float, { nullable: true, description: 'orders / viewers' }) conversionRate: number | null;
  @Field(() => String, { nullable: true }) gmvPerViewer: string | null;
  @Field(() => ResultProvenance) provenance: ResultProvenance;
  @Field(() => Date, { nullable: true }) recordedAt: Date | null;
}

@ObjectType({ description: 'A live stream by a trainee with their support team' })
export class LiveSession {
  @Field(() => ID) id: string;
  @Field(() => ID) traineeId: string;
  @Field(() => ID) teamId: string;
  @Field(() => ID) cohortId: string;
  @Field(() => StreamPlatformEnum) platform: StreamPlatform;
  @Field() scheduledStart: Date;
  @Field(() => Int) plannedMinutes: number;
  @Field() scheduledEnd: Date;
  @Field() title: string;
  @Field(() => String, { nullable: true }) scriptUrl: string | null;
  @Field(() => SessionStatus) status: SessionStatus;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => SessionResults, { nullable: true, description: 'Null until results are recorded' })
  results: SessionResults | null;
  @Field(() => Int, { description: 'Optimistic lock for result edits' }) version: number;
}

@ObjectType()
export class LiveSessionPage extends Paginated(LiveSession) {}

@ObjectType({ description: 'Sessions on one calendar day (China time)' })
export class SessionDay {
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => Int) total: number;
  @Field(() => Int) scheduled: number;
  @Field(() => Int) live: number;
  @Field(() => Int) ended: number;
  @Field(() => Int) cancelled: number;
  @Field() gmv: string;
}

@ObjectType({ description: 'Totals over ended sessions with results' })
export class SalesTotals {
  @Field(() => Int) sessions: number;
  @Field() gmv: string;
  @Field() netResult: string;
  @Field() adSpend: string;
  @Field() refunds: string;
  @Field(() => Int) viewers: number;
  @Field(() => Int) orders: number;
  @Field(() => Float, { nullable: true }) conversionRate: number | null;
  @Field(() => String, { nullable: true }) gmvPerViewer: string | null;
}

@ObjectType()
export class PerformancePoint {
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field(() => Int) sessions: number;
  @Field() gmv: string;
  @Field(() => Int) viewers: number;
  @Field(() => Int) orders: number;
}

@ObjectType()
export class ProductSales {
  @Field(() => ID) productId: string;
  @Field() productName: string;
  @Field(() => Int) sessions: number;
  @Field(() => Int) unitsSold: number;
  @Field() gmv: string;
}

@ObjectType({ description: 'A streamer’s results over a period' })
export class TraineePerformance {
  @Field() from: string;
  @Field() to: string;
  @Field(() => SalesTotals) totals: SalesTotals;
  @Field(() => [PerformancePoint]) series: PerformancePoint[];
  @Field(() => [ProductSales]) bestProducts: ProductSales[];
  @Field(() => Int, { description: 'After-sales tickets on orders from these sessions' }) afterSalesTickets: number;
  @Field(() => Float, { nullable: true, description: 'Tickets per order' }) afterSalesRate: number | null;
}

@ObjectType({ description: 'One trainee’s totals within a team' })
export class TeamTraineeResult {
  @Field(() => ID) traineeId: string;
  @Field() traineeName: string;
  @Field(() => SalesTotals) totals: SalesTotals;
}

export const ITEM_SELECT = {
  id: true,
  sessionId: true,
  position: true,
  productId: true,
  livePrice: true,
  commissionPct: true,
  unitsSold: true,
  gmv: true,
} satisfies Prisma.LiveSessionItemSelect;
export type ItemRow = Prisma.LiveSessionItemGetPayload<{ select: typeof ITEM_SELECT }>;
export const toItem = (r: ItemRow): LiveSessionItem => ({
  ...r,
  livePrice: r.livePrice.toFixed(2),
  commissionPct: r.commissionPct.toFixed(2),
  gmv: r.gmv === null ? null : r.gmv.toFixed(2),
});

export const SESSION_SELECT = {
  id: true,
  traineeId: true,
  teamId: true,
  cohortId: true,
  platform: true,
  scheduledStart: true,
  plannedMinutes: true,
  scheduledEnd: true,
  title: true,
  scriptUrl: true,
  status: true,
  cancelReason: true,
  startedAt: true,
  endedAt: true,
  actualMinutes: true,
  viewers: true,
  peakViewers: true,
  newFollowers: true,
  orders: true,
  gmv: true,
  adSpend: true,
  refunds: true,
  commission: true,
  netResult: true,
  provenance: true,
  resultsRecordedAt: true,
  version: true,
} satisfies Prisma.LiveSessionSelect;
export type SessionRow = Prisma.LiveSessionGetPayload<{ select: typeof SESSION_SELECT }>;

export function toSession(r: SessionRow): LiveSession {
  const provenance = (r.provenance ?? {}) as ProvenanceMap;
  const recorded = r.gmv !== null && r.viewers !== null && r.orders !== null;
  const money = (d: { toFixed(n: number): string } | null) => (d === null ? '0.00' : d.toFixed(2));
  let results: SessionResults | null = null;
  if (recorded) {
    const derived = computeResult({
      gmv: money(r.gmv),
      refunds: money(r.refunds),
      adSpend: money(r.adSpend),
      orders: r.orders!,
      viewers: r.viewers!,
      provenance,
      items: [],
    });
    results = {
      actualMinutes: r.actualMinutes ?? 0,
      viewers: r.viewers!,
      peakViewers: r.peakViewers ?? 0,
      newFollowers: r.newFollowers ?? 0,
      orders: r.orders!,
      gmv: money(r.gmv),
      adSpend: money(r.adSpend),
      refunds: money(r.refunds),
      commission: money(r.commission),
      netResult: money(r.netResult),
      conversionRate: derived.conversionRate,
      gmvPerViewer: derived.gmvPerViewer,
      provenance,
      recordedAt: r.resultsRecordedAt,
    };
  }
  return {
    id: r.id,
    traineeId: r.traineeId,
    teamId: r.teamId,
    cohortId: r.cohortId,
    platform: r.platform as StreamPlatform,
    scheduledStart: r.scheduledStart,
    plannedMinutes: r.plannedMinutes,
    scheduledEnd: r.scheduledEnd,
    title: r.title,
    scriptUrl: r.scriptUrl,
    status: r.status as SessionStatus,
    cancelReason: r.cancelReason,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    results,
    version: r.version,
  };
}
