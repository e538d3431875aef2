import type { Prisma } from '@grassroots/db';
import { AssignmentKind, type RubricCriterion as Criterion, SubmissionStatus } from '@grassroots/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Paginated } from '../../../core/graphql/pagination';
import { Trainee } from '../../trainees/models/trainee.model';

registerEnumType(AssignmentKind, { name: 'AssignmentKind' });
registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });

@ObjectType()
export class RubricCriterion {
  @Field() name: string;
  @Field(() => Int) points: number;
}

@ObjectType()
export class CriterionScore {
  @Field() name: string;
  @Field(() => Float) score: number;
}

@ObjectType({ description: 'Work set for a cohort (or some of its trainees)' })
export class Assignment {
  @Field(() => ID) id: string;
  cohortId: string;
  @Field() title: string;
  @Field() instructions: string;
  @Field(() => AssignmentKind) kind: AssignmentKind;
  @Field() dueAt: Date;
  @Field(() => Int) maxScore: number;
  @Field(() => [RubricCriterion], { nullable: true }) rubric: Criterion[] | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class AssignmentPage extends Paginated(Assignment) {}

@ObjectType({ description: 'One trainee’s copy of an assignment' })
export class Submission {
  @Field(() => ID) id: string;
  @Field(() => ID) assignmentId: string;
  @Field(() => ID) traineeId: string;
  @Field(() => SubmissionStatus) status: SubmissionStatus;
  @Field() text: string;
  @Field(() => [String]) links: string[];
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field({ description: 'Handed in after the due time (flagged, still accepted)' }) late: boolean;
  @Field(() => String, { nullable: true }) feedback: string | null;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => [CriterionScore], { nullable: true }) scoresByCriterion: { name: string; score: number }[] | null;
  @Field(() => Date, { nullable: true }) gradedAt: Date | null;
  @Field(() => Int, { description: 'Send back with a change; a stale version is a CONFLICT' }) version: number;
  dueAt?: Date;
}

@ObjectType({ description: 'A practice video or script on a submission (GET /files/{id})' })
export class PracticeFile {
  @Field(() => ID) id: string;
  @Field() originalName: string;
  @Field() contentType: string;
  @Field(() => Int) size: number;
  @Field() createdAt: Date;
}

export const PRACTICE_FILE_SELECT = {
  id: true,
  originalName: true,
  contentType: true,
  size: true,
  createdAt: true,
  submissionId: true,
} satisfies Prisma.StoredFileSelect;

@ObjectType()
export class SubmissionPage extends Paginated(Submission) {}

@ObjectType()
export class AssignmentGridRow {
  @Field(() => Trainee) trainee: Trainee;
  @Field(() => [Submission], {
    nullable: 'items',
    description: 'One per assignment of the grid, in the same order; null when not assigned to this trainee',
  })
  cells: (Submission | null)[];
}

@ObjectType({ description: 'Trainees × assignments of a cohort' })
export class AssignmentGrid {
  @Field(() => [Assignment]) assignments: Assignment[];
  @Field(() => [AssignmentGridRow]) rows: AssignmentGridRow[];
}

export const ASSIGNMENT_SELECT = {
  id: true,
  cohortId: true,
  title: true,
  instructions: true,
  kind: true,
  dueAt: true,
  maxScore: true,
  rubric: true,
  createdAt: true,
} satisfies Prisma.AssignmentSelect;
export type AssignmentRow = Prisma.AssignmentGetPayload<{ select: typeof ASSIGNMENT_SELECT }>;
export const toAssignment = (r: AssignmentRow): Assignment => ({
  ...r,
  kind: r.kind as AssignmentKind,
  rubric: (r.rubric as unknown as Criterion[] | null) ?? null,
});

export const SUBMISSION_SELECT = {
  id: true,
  assignmentId: true,
  traineeId: true,
  status: true,
  text: true,
  links: true,
  submittedAt: true,
  late: true,
  feedback: true,
  score: true,
  scoresByCriterion: true,
  gradedAt: true,
  version: true,
} satisfies Prisma.SubmissionSelect;
export type SubmissionRow = Prisma.SubmissionGetPayload<{ select: typeof SUBMISSION_SELECT }>;
export const toSubmission = (r: SubmissionRow): Submission => ({
  ...r,
  status: r.status as SubmissionStatus,
  score: r.score === null ? null : Number(r.score.toFixed(1)),
  scoresByCriterion: (r.scoresByCriterion as unknown as { name: string; score: number }[] | null) ?? null,
});
