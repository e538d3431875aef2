import {
  AttendanceStatus,
  createLessonSchema,
  dateOnlySchema,
  importFileFields,
  LessonKind,
  markAttendanceSchema,
  pageSchema,
  refineImportFile,
  todoCardSchema,
  updateLessonSchema,
} from '@grassroots/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';
import { TodoCard } from '../../workbench/models/workbench.model';

@InputType()
@ZodSchema(createLessonSchema)
export class CreateLessonInput {
  @Field(() => ID) cohortId: string;
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field({ description: 'HH:MM' }) startTime: string;
  @Field({ description: 'HH:MM' }) endTime: string;
  @Field() topic: string;
  @Field(() => LessonKind) kind: LessonKind;
  @Field(() => ID, { nullable: true, description: 'A staff user (ADMIN, COORDINATOR or SUPPORT)' }) instructorId?:
    string | null;
  @Field() location: string;
}

@InputType()
@ZodSchema(updateLessonSchema)
export class UpdateLessonInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) date?: string;
  @Field({ nullable: true }) startTime?: string;
  @Field({ nullable: true }) endTime?: string;
  @Field({ nullable: true }) topic?: string;
  @Field(() => LessonKind, { nullable: true }) kind?: LessonKind;
  @Field(() => ID, { nullable: true }) instructorId?: string | null;
  @Field({ nullable: true }) location?: string;
}

@InputType()
export class AttendanceMarkInput {
  @Field(() => ID) traineeId: string;
  @Field(() => AttendanceStatus) status: AttendanceStatus;
  @Field(() => String, { nullable: true, description: 'Required for EXCUSED' }) note?: string | null;
}

@InputType()
@ZodSchema(markAttendanceSchema)
export class MarkAttendanceInput {
  @Field(() => ID) lessonId: string;
  @Field(() => [AttendanceMarkInput], { description: 'Saved all together or not at all' }) marks: AttendanceMarkInput[];
}

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    cohortId: z.string().optional(),
    from: dateOnlySchema.optional(),
    to: dateOnlySchema.optional(),
    todo: todoCardSchema,
  }),
)
export class LessonsArgs extends PageArgs {
  @Field(() => TodoCard, {
    nullable: true,
    description: 'Only the rows this workbench to-do card counts for the caller',
  })
  todo?: TodoCard;
  @Field(() => ID, { nullable: true }) cohortId?: string;
  @Field({ nullable: true, description: 'From this date (YYYY-MM-DD), inclusive' }) from?: string;
  @Field({ nullable: true, description: 'Up to this date (YYYY-MM-DD), inclusive' }) to?: string;
}

@InputType()
@ZodSchema(z.object({ cohortId: z.string().min(1), ...importFileFields }).superRefine(refineImportFile))
export class ImportCsvInput {
  @Field(() => ID) cohortId: string;
  @Field(() => String, { nullable: true, description: 'The CSV file as text (UTF-8); or send file + fileName instead' })
  csv?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The file’s bytes, base64 (≤ 2 MB): CSV in UTF-8 or GB18030/GBK, or an Excel .xlsx (first sheet)',
  })
  file?: string | null;
  @Field(() => String, { nullable: true, description: 'The file’s name, ending .csv or .xlsx: says how to read it' })
  fileName?: string | null;
}
