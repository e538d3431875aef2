import {
  AssignmentKind,
  createAssignmentSchema,
  gradeSchema,
  pageSchema,
  returnSchema,
  SubmissionStatus,
  submitSchema,
  todoCardSchema,
  values,
} from '@grassroots/domain';
import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';
import { TodoCard } from '../../workbench/models/workbench.model';

export const GridFilter = { OVERDUE: 'OVERDUE', UNGRADED: 'UNGRADED' } as const;
export type GridFilter = (typeof GridFilter)[keyof typeof GridFilter];
registerEnumType(GridFilter, { name: 'GridFilter' });

@InputType()
export class RubricCriterionInput {
  @Field() name: string;
  @Field(() => Int) points: number;
}

@InputType()
@ZodSchema(createAssignmentSchema)
export class CreateAssignmentInput {
  @Field(() => ID) cohortId: string;
  @Field(() => [ID], {
    nullable: true,
    description: 'Chosen trainees; empty or absent: every active trainee of the cohort',
  })
  traineeIds?: string[] | null;
  @Field() title: string;
  @Field({ nullable: true }) instructions?: string;
  @Field(() => AssignmentKind) kind: AssignmentKind;
  @Field({ description: 'ISO date-time with offset, e.g. 2026-12-01T20:00:00+08:00' }) dueAt: string;
  @Field(() => Int) maxScore: number;
  @Field(() => [RubricCriterionInput], { nullable: true }) rubric?: RubricCriterionInput[] | null;
}

@InputType()
@ZodSchema(submitSchema)
export class SubmitAssignmentInput {
  @Field(() => ID) submissionId: string;
  @Field({ nullable: true }) text?: string;
  @Field(() => [String], { nullable: true, description: 'Links to a script document, a recording …' }) links?: string[];
  @Field(() => Int) version: number;
}

@InputType()
@ZodSchema(returnSchema)
export class ReturnSubmissionInput {
  @Field(() => ID) submissionId: string;
  @Field() feedback: string;
  @Field(() => Int) version: number;
}

@InputType()
export class CriterionScoreInput {
  @Field() name: string;
  @Field(() => Float) score: number;
}

@InputType()
@ZodSchema(gradeSchema)
export class GradeSubmissionInput {
  @Field(() => ID) submissionId: string;
  @Field(() => Float, { nullable: true, description: 'The score, when the assignment has no rubric' }) total?:
    number | null;
  @Field(() => [CriterionScoreInput], { nullable: true, description: 'One score per rubric criterion' }) byCriterion?:
    CriterionScoreInput[] | null;
  @Field(() => String, { nullable: true }) feedback?: string | null;
  @Field(() => Int) version: number;
}

@ArgsType()
@ZodSchema(pageSchema.extend({ cohortId: z.string().optional() }))
export class AssignmentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) cohortId?: string;
}

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    cohortId: z.string().optional(),
    status: z.enum(values(SubmissionStatus)).optional(),
    todo: todoCardSchema,
  }),
)
export class SubmissionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) cohortId?: string;
  @Field(() => SubmissionStatus, { nullable: true }) status?: SubmissionStatus;
  @Field(() => TodoCard, {
    nullable: true,
    description: 'Only the rows this workbench to-do card counts for the caller',
  })
  todo?: TodoCard;
}
