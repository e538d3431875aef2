import type { Prisma } from '@grassroots/db';
import { dateToDateOnly } from '@grassroots/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../../core/graphql/pagination';

@ObjectType({ description: "A sponsor's funded training program with targets and budget" })
export class Program {
  @Field(() => ID) id: string;
  sponsorId: string;
  @Field() name: string;
  @Field() region: string;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: 'YYYY-MM-DD' }) endDate: string;
  @Field({ description: 'Budget in CNY (yuan), decimal string' }) budget: string;
  @Field(() => Int) targetShortTermTrainees: number;
  @Field(() => Int) targetLongTermTrainees: number;
  @Field({ description: 'GMV target in CNY (yuan), decimal string' }) targetGmv: string;
  @Field(() => Int) gradMinAttendancePct: number;
  @Field(() => Int) gradMinGraded: number;
  @Field(() => Int) gradMinAveragePct: number;
  @Field(() => Int, { nullable: true }) gradMinSessions: number | null;
  @Field(() => String, { nullable: true }) gradMinGmv: string | null;
  @Field({ description: 'IANA time zone its times are shown, entered and counted in (Asia/Shanghai by default)' })
  timeZone: string;
  @Field() createdAt: Date;
}

@ObjectType({
  description:
    "A program's trainees as its sponsor report counts them (today): enrolled = in training + graduated + dropped out",
})
export class ProgramTraineeCounts {
  @Field(() => Int, {
    description:
      "Enrolments in the program's cohorts, including those who later graduated or left (report: trainees.total.enrolled)",
  })
  enrolled: number;
  @Field(() => Int, { description: 'Enrolled − graduated − dropped out (report: trainees.total.active)' })
  inTraining: number;
  @Field(() => Int, { description: 'Enrolments marked completed (report: trainees.total.graduated)' })
  graduated: number;
  @Field(() => Int, { description: 'Enrolments withdrawn (report: trainees.total.dropped)' }) dropped: number;
}

@ObjectType()
export class ProgramPage extends Paginated(Program) {}

export const PROGRAM_SELECT = {
  id: true,
  sponsorId: true,
  name: true,
  region: true,
  startDate: true,
  endDate: true,
  budget: true,
  targetShortTermTrainees: true,
  targetLongTermTrainees: true,
  targetGmv: true,
  createdAt: true,
  gradMinAttendancePct: true,
  gradMinGraded: true,
  gradMinAveragePct: true,
  gradMinSessions: true,
  gradMinGmv: true,
  timeZone: true,
} satisfies Prisma.ProgramSelect;
export type ProgramRow = Prisma.ProgramGetPayload<{ select: typeof PROGRAM_SELECT }>;

export const toProgram = (r: ProgramRow): Program => ({
  ...r,
  startDate: dateToDateOnly(r.startDate),
  endDate: dateToDateOnly(r.endDate),
  budget: r.budget.toFixed(2),
  targetGmv: r.targetGmv.toFixed(2),
  gradMinGmv: r.gradMinGmv === null ? null : r.gradMinGmv.toFixed(2),
});
