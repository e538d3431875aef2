import { createProgramSchema, pageSchema, todoCardSchema, updateProgramSchema } from '@grassroots/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';
import { TodoCard } from '../../workbench/models/workbench.model';

@InputType()
@ZodSchema(createProgramSchema)
export class CreateProgramInput {
  @Field(() => ID) sponsorId: string;
  @Field() name: string;
  @Field() region: string;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: 'YYYY-MM-DD' }) endDate: string;
  @Field({ description: 'CNY, decimal string' }) budget: string;
  @Field(() => Int) targetShortTermTrainees: number;
  @Field(() => Int) targetLongTermTrainees: number;
  @Field({ description: 'CNY, decimal string' }) targetGmv: string;
  @Field({ nullable: true, description: 'IANA time zone of its times (default Asia/Shanghai)' }) timeZone?: string;
}

@InputType()
@ZodSchema(updateProgramSchema)
export class UpdateProgramInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) region?: string;
  @Field({ nullable: true }) startDate?: string;
  @Field({ nullable: true }) endDate?: string;
  @Field({ nullable: true }) budget?: string;
  @Field(() => Int, { nullable: true }) targetShortTermTrainees?: number;
  @Field(() => Int, { nullable: true }) targetLongTermTrainees?: number;
  @Field({ nullable: true }) targetGmv?: string;
  @Field({ nullable: true, description: 'IANA time zone of its times, e.g. Asia/Shanghai or Asia/Urumqi' })
  timeZone?: string;
  @Field(() => Int, { nullable: true, description: 'Graduation: minimum attendance, percent' })
  gradMinAttendancePct?: number;
  @Field(() => Int, { nullable: true, description: 'Graduation: minimum number of graded assignments' })
  gradMinGraded?: number;
  @Field(() => Int, { nullable: true, description: 'Graduation: minimum average score, percent of the maximum' })
  gradMinAveragePct?: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Graduation: minimum live sessions (applies once sessions are recorded)',
  })
  gradMinSessions?: number | null;
  @Field(() => String, { nullable: true, description: 'Graduation: or minimum GMV in CNY' }) gradMinGmv?: string | null;
}

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    search: z.string().trim().max(100).optional(),
    sponsorId: z.string().optional(),
    todo: todoCardSchema,
  }),
)
export class ProgramsArgs extends PageArgs {
  @Field(() => TodoCard, {
    nullable: true,
    description: 'Only the programs this workbench to-do card counts for the caller (the report cards)',
  })
  todo?: TodoCard;
  @Field({ nullable: true, description: 'Matches name or region' }) search?: string;
  @Field(() => ID, { nullable: true }) sponsorId?: string;
}
