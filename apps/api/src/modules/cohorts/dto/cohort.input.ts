import {
  CohortStatus,
  CohortTrack,
  createCohortSchema,
  pageSchema,
  updateCohortSchema,
  values,
} from '@grassroots/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';

@InputType()
@ZodSchema(createCohortSchema)
export class CreateCohortInput {
  @Field(() => ID) programId: string;
  @Field() name: string;
  @Field(() => CohortTrack) track: CohortTrack;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: 'YYYY-MM-DD' }) endDate: string;
  @Field(() => Int) capacity: number;
  @Field() location: string;
  @Field(() => CohortStatus, { nullable: true }) status?: CohortStatus;
}

@InputType()
@ZodSchema(updateCohortSchema)
export class UpdateCohortInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) name?: string;
  @Field(() => CohortTrack, { nullable: true }) track?: CohortTrack;
  @Field({ nullable: true }) startDate?: string;
  @Field({ nullable: true }) endDate?: string;
  @Field(() => Int, { nullable: true }) capacity?: number;
  @Field({ nullable: true }) location?: string;
  @Field(() => CohortStatus, { nullable: true }) status?: CohortStatus;
}

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    search: z.string().trim().max(100).optional(),
    programId: z.string().optional(),
    status: z.enum(values(CohortStatus)).optional(),
    track: z.enum(values(CohortTrack)).optional(),
  }),
)
export class CohortsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Matches name or location' }) search?: string;
  @Field(() => ID, { nullable: true }) programId?: string;
  @Field(() => CohortStatus, { nullable: true }) status?: CohortStatus;
  @Field(() => CohortTrack, { nullable: true }) track?: CohortTrack;
}
