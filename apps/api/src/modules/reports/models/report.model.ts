import { ExpenseCategory, type ReportCharts, type ReportFigures, ReportStatus } from '@grassroots/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { JSONObject } from '../../../core/graphql/json.scalar';
import { Paginated } from '../../../core/graphql/pagination';

registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ExpenseCategory, { name: 'ExpenseCategory' });

@ObjectType()
export class SponsorReportEvent {
  @Field() action: string;
  @Field(() => ReportStatus, { nullable: true }) fromStatus: ReportStatus | null;
  @Field(() => ReportStatus) toStatus: ReportStatus;
  @Field(() => String, { nullable: true }) comments: string | null;
  @Field(() => String, { nullable: true }) snapshotHash: string | null;
  @Field() actorName: string;
  @Field() at: Date;
}

@ObjectType({ description: 'A report period of a program and where it stands' })
export class ReportPeriodStatus {
  @Field() period: string;
  @Field(() => ReportStatus) status: ReportStatus;
}

@ObjectType({ description: 'A figure that differs between the returned snapshot and the resubmitted one' })
export class ReportFigureChange {
  @Field({ description: 'Dotted path into ReportFigures, e.g. live.gmv' }) figure: string;
  @Field(() => String, { nullable: true, description: 'As returned' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'As resubmitted' }) after: string | null;
}

@ObjectType({ description: 'A document sent with a resubmitted report; download it from /files/{fileId}' })
export class ReportAttachment {
  @Field(() => ID) fileId: string;
  @Field() name: string;
  @Field(() => Int) size: number;
  @Field() contentType: string;
  @Field() sentAt: Date;
}

@ObjectType({ description: "A program's report for one period and where it is in prepare → submit → accept / return" })
export class SponsorReport {
  @Field(() => ID) id: string;
  @Field(() => ID) programId: string;
  @Field({ description: '2026-11 or 2026-Q4' }) period: string;
  @Field() from: string;
  @Field() to: string;
  @Field(() => ReportStatus) status: ReportStatus;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the submitted snapshot (canonical JSON)' })
  snapshotHash: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The stored snapshot still hashes to snapshotHash' })
  hashVerified: boolean | null;
  @Field(() => JSONObject, { nullable: true, description: 'ReportFigures as submitted (null while a draft)' })
  figures: ReportFigures | null;
  @Field(() => JSONObject, { nullable: true, description: 'ReportCharts as submitted' }) charts: ReportCharts | null;
  @Field(() => JSONObject, {
    nullable: true,
    description: 'How many records of each kind the snapshot was computed from',
  })
  recordCounts: Record<string, number> | null;
  @Field(() => String, { nullable: true }) returnComments: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The coordinator’s answer to the return comments, sent with the resubmission',
  })
  reply: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The hash of the snapshot as it was returned (before the resubmission)',
  })
  previousSnapshotHash: string | null;
  @Field(() => [ReportFigureChange], { description: 'What changed since the returned version, figure by figure' })
  changesSinceReturn: ReportFigureChange[];
  @Field(() => [ReportAttachment]) attachments: ReportAttachment[];
  @Field() preparedAt: Date;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
  @Field(() => Date, { nullable: true }) returnedAt: Date | null;
  @Field(() => Int) version: number;
  @Field(() => [SponsorReportEvent]) events: SponsorReportEvent[];
}

@ObjectType({ description: 'Records that entered, left or changed within the basis of the figures since the snapshot' })
export class ReportRecordChange {
  @Field() kind: string;
  @Field(() => Int) added: number;
  @Field(() => Int) removed: number;
  @Field(() => Int, {
    description: 'Still in the basis, but what they contribute changed (attendance re-marked, a GMV corrected)',
  })
  changed: number;
}

@ObjectType({ description: 'A figure whose live value differs from the submitted or accepted snapshot' })
export class ReportDiscrepancy {
  @Field({ description: 'Dotted path into ReportFigures, e.g. live.gmv' }) figure: string;
  @Field(() => String, { nullable: true }) snapshot: string | null;
  @Field(() => String, { nullable: true }) now: string | null;
  @Field(() => [ReportRecordChange], {
    description:
      'The records behind the change: those of the kinds this figure is computed from that entered, left or changed',
  })
  records: ReportRecordChange[];
}

@ObjectType({ description: "A program's figures for a period, computed now from the records (SQL aggregates)" })
export class ProgramReport {
  @Field(() => ID) programId: string;
  @Field() programName: string;
  @Field() sponsorName: string;
  @Field() period: string;
  @Field() from: string;
  @Field() to: string;
  @Field(() => JSONObject, { description: 'ReportFigures' }) figures: ReportFigures;
  @Field(() => JSONObject, { description: 'ReportCharts: per week, per cohort, per product category' })
  charts: ReportCharts;
  @Field(() => JSONObject) recordCounts: Record<string, number>;
  @Field({ description: 'SHA-256 of these live figures (equal to the snapshot hash when nothing changed)' })
  hash: string;
  @Field() computedAt: Date;
  @Field(() => SponsorReport, {
    nullable: true,
    description: "This period's report, if one was prepared (sponsors see it once submitted)",
  })
  report: SponsorReport | null;
  @Field(() => [ReportDiscrepancy], { description: 'Differences from the submitted/accepted snapshot' })
  discrepancies: ReportDiscrepancy[];
  @Field(() => [ReportRecordChange]) recordChanges: ReportRecordChange[];
}

@ObjectType({ description: 'A trainee as a sponsor sees them: no national ID, no full name, masked phone' })
export class ReportTrainee {
  @Field({ description: 'Stable pseudonym within the cohort (T01, T02, …)' }) code: string;
  @Field() name: string;
  @Field() phone: string;
  @Field() status: string;
  @Field(() => Number, { nullable: true }) attendanceRate: number | null;
  @Field(() => Int) assignmentsDue: number;
  @Field(() => Int) assignmentsCompleted: number;
  @Field(() => Int) sessionsHeld: number;
  @Field() gmv: string;
}

@ObjectType()
export class ProgramExpense {
  @Field(() => ID) id: string;
  @Field(() => ID) programId: string;
  @Field() spentOn: string;
  @Field() amount: string;
  @Field(() => ExpenseCategory) category: ExpenseCategory;
  @Field() description: string;
  @Field() recordedByName: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class ProgramExpensePage extends Paginated(ProgramExpense) {}
