import type { Prisma } from '@grassroots/db';
import { AttendanceStatus, dateToDateOnly, LessonKind } from '@grassroots/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Paginated } from '../../../core/graphql/pagination';
import { NameHint, Trainee } from '../../trainees/models/trainee.model';

registerEnumType(LessonKind, { name: 'LessonKind' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });

@ObjectType({ description: 'One training session of a cohort' })
export class Lesson {
  @Field(() => ID) id: string;
  cohortId: string;
  instructorId: string | null;
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field({ description: 'HH:MM' }) startTime: string;
  @Field({ description: 'HH:MM' }) endTime: string;
  @Field() topic: string;
  @Field(() => LessonKind) kind: LessonKind;
  @Field() location: string;
}

@ObjectType()
export class LessonPage extends Paginated(Lesson) {}

@ObjectType({ description: 'One trainee at one lesson' })
export class Attendance {
  @Field(() => ID) id: string;
  @Field(() => ID) lessonId: string;
  @Field(() => ID) traineeId: string;
  @Field(() => AttendanceStatus) status: AttendanceStatus;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() markedAt: Date;
}

@ObjectType({
  description:
    'Attendance counts and rate: (present + late) / (present + late + absent); excused absences do not count',
})
export class AttendanceSummary {
  @Field(() => Int) present: number;
  @Field(() => Int) late: number;
  @Field(() => Int) absent: number;
  @Field(() => Int) excused: number;
  @Field(() => Float, { nullable: true, description: '0..1, null before anything counted' }) rate: number | null;
}

@ObjectType({
  description: 'A line of the marking sheet: a trainee holding a seat in the cohort, and their mark if any',
})
export class AttendanceSheetRow {
  @Field(() => ID) traineeId: string;
  @Field({ description: 'The name to mark by (the instructor sees the whole class)' }) traineeName: string;
  @Field(() => NameHint, {
    nullable: true,
    description: 'Set when someone else in this class has the same name: what tells them apart',
  })
  nameHint: NameHint | null;
  @Field(() => Trainee, {
    nullable: true,
    description: 'The full record, for trainees you may see (null for the rest of the class)',
  })
  trainee?: Trainee | null;
  @Field(() => AttendanceStatus, { nullable: true }) status: AttendanceStatus | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

/** One seat holder on a lesson's roster. */
export interface RosterEntry {
  traineeId: string;
  traineeName: string;
  nameHint: NameHint | null;
}

@ObjectType()
export class TraineeAttendance {
  @Field(() => Trainee) trainee: Trainee;
  @Field(() => AttendanceSummary) summary: AttendanceSummary;
}

export const LESSON_SELECT = {
  id: true,
  cohortId: true,
  instructorId: true,
  date: true,
  startTime: true,
  endTime: true,
  topic: true,
  kind: true,
  location: true,
} satisfies Prisma.LessonSelect;
export type LessonRow = Prisma.LessonGetPayload<{ select: typeof LESSON_SELECT }>;
export const toLesson = (r: LessonRow): Lesson => ({ ...r, date: dateToDateOnly(r.date), kind: r.kind as LessonKind });

export const ATTENDANCE_SELECT = {
  id: true,
  lessonId: true,
  traineeId: true,
  status: true,
  note: true,
  markedAt: true,
} satisfies Prisma.AttendanceSelect;
export type AttendanceRow = Prisma.AttendanceGetPayload<{ select: typeof ATTENDANCE_SELECT }>;
export const toAttendance = (r: AttendanceRow): Attendance => ({ ...r, status: r.status as AttendanceStatus });
