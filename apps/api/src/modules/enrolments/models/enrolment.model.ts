import type { Prisma } from '@grassroots/db';
import { EnrolmentStatus } from '@grassroots/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Paginated } from '../../../core/graphql/pagination';

registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });

@ObjectType({ description: 'A trainee’s place in a cohort' })
export class Enrolment {
  @Field(() => ID) id: string;
  traineeId: string;
  cohortId: string;
  @Field(() => ID) programId: string;
  @Field(() => EnrolmentStatus) status: EnrolmentStatus;
  @Field() enrolledAt: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true }) withdrawReason: string | null;
}

@ObjectType()
export class EnrolmentPage extends Paginated(Enrolment) {}

export const ENROLMENT_SELECT = {
  id: true,
  traineeId: true,
  cohortId: true,
  programId: true,
  status: true,
  enrolledAt: true,
  withdrawnAt: true,
  withdrawReason: true,
} satisfies Prisma.EnrolmentSelect;
export type EnrolmentRow = Prisma.EnrolmentGetPayload<{ select: typeof ENROLMENT_SELECT }>;
export const toEnrolment = (r: EnrolmentRow): Enrolment => ({ ...r, status: r.status as EnrolmentStatus });
