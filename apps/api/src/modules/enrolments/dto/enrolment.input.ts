import { EnrolmentStatus, enrolTraineesSchema, pageSchema, promoteGraduatesSchema, values } from '@grassroots/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';

@InputType()
@ZodSchema(enrolTraineesSchema)
export class EnrolTraineesInput {
  @Field(() => ID) cohortId: string;
  @Field(() => [ID], { description: 'All are enrolled, or none (every problem is reported per entry)' })
  traineeIds: string[];
}

@InputType()
@ZodSchema(promoteGraduatesSchema)
export class PromoteGraduatesInput {
  @Field(() => ID, { description: 'The short-term cohort they graduated from' }) fromCohortId: string;
  @Field(() => ID, { description: 'A long-term cohort of the same program' }) toCohortId: string;
  @Field(() => [ID], { description: 'All are promoted, or none (every problem is reported per entry)' })
  traineeIds: string[];
}

@InputType()
@ZodSchema(z.object({ id: z.string().min(1), reason: z.string().trim().min(2, 'enrolments.giveReason').max(500) }))
export class WithdrawEnrolmentInput {
  @Field(() => ID) id: string;
  @Field() reason: string;
}

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    cohortId: z.string().optional(),
    traineeId: z.string().optional(),
    status: z.enum(values(EnrolmentStatus)).optional(),
  }),
)
export class EnrolmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) cohortId?: string;
  @Field(() => ID, { nullable: true }) traineeId?: string;
  @Field(() => EnrolmentStatus, { nullable: true }) status?: EnrolmentStatus;
}
