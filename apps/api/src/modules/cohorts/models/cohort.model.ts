import type { Prisma } from '@grassroots/db';
import { CohortStatus, CohortTrack, dateToDateOnly } from '@grassroots/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Paginated } from '../../../core/graphql/pagination';

registerEnumType(CohortTrack, { name: 'CohortTrack' });
registerEnumType(CohortStatus, { name: 'CohortStatus' });

@ObjectType({ description: 'One class of a program' })
export class Cohort {
  @Field(() => ID) id: string;
  programId: string;
  @Field() name: string;
  @Field(() => CohortTrack) track: CohortTrack;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: 'YYYY-MM-DD' }) endDate: string;
  @Field(() => Int) capacity: number;
  @Field() location: string;
  @Field(() => CohortStatus) status: CohortStatus;
  @Field() createdAt: Date;
}

@ObjectType()
export class CohortPage extends Paginated(Cohort) {}

export const COHORT_SELECT = {
  id: true,
  programId: true,
  name: true,
  track: true,
  startDate: true,
  endDate: true,
  capacity: true,
  location: true,
  status: true,
  createdAt: true,
} satisfies Prisma.CohortSelect;
export type CohortRow = Prisma.CohortGetPayload<{ select: typeof COHORT_SELECT }>;

export const toCohort = (r: CohortRow): Cohort => ({
  ...r,
  track: r.track as CohortTrack,
  status: r.status as CohortStatus,
  startDate: dateToDateOnly(r.startDate),
  endDate: dateToDateOnly(r.endDate),
});
