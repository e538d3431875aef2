import {
  assignTeamSchema,
  createTeamSchema,
  endTeamAssignmentSchema,
  pageSchema,
  TeamRole,
  updateTeamSchema,
} from '@grassroots/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';

@InputType()
export class TeamMemberInput {
  @Field(() => ID, { description: 'An active SUPPORT user' }) userId: string;
  @Field(() => TeamRole) role: TeamRole;
}

@InputType()
@ZodSchema(createTeamSchema)
export class CreateTeamInput {
  @Field(() => ID) cohortId: string;
  @Field() name: string;
  @Field(() => [TeamMemberInput], { description: '3–4 people; SCRIPT, ADS and FILMING covered; one role each' })
  members: TeamMemberInput[];
}

@InputType()
@ZodSchema(updateTeamSchema)
export class UpdateTeamInput {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [TeamMemberInput], { description: 'The whole new line-up; leavers keep their history' })
  members: TeamMemberInput[];
}

@InputType()
@ZodSchema(assignTeamSchema)
export class AssignTeamInput {
  @Field(() => ID) teamId: string;
  @Field(() => ID, { description: 'An active trainee of the team’s cohort; a current team of theirs is ended' })
  traineeId: string;
}

@InputType()
@ZodSchema(endTeamAssignmentSchema)
export class EndTeamAssignmentInput {
  @Field(() => ID) traineeId: string;
  @Field() reason: string;
}

@ArgsType()
@ZodSchema(pageSchema.extend({ cohortId: z.string().optional(), search: z.string().trim().max(100).optional() }))
export class TeamsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) cohortId?: string;
  @Field({ nullable: true, description: 'Team or member name contains' }) search?: string;
}
