import {
  cancelSessionSchema,
  dateOnlySchema,
  importFileFields,
  MAX_SESSION_MINUTES,
  MIN_SESSION_MINUTES,
  pageSchema,
  Provenance,
  recordResultsSchema,
  refineImportFile,
  scheduleSessionSchema,
  sessionSeriesSchema,
  SessionStatus,
  StreamPlatform,
  todoCardSchema,
  updateSessionSchema,
  values,
} from '@grassroots/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';
import { TodoCard } from '../../workbench/models/workbench.model';

@InputType()
export class RunOfShowItemInput {
  @Field(() => ID) productId: string;
  @Field({ description: 'Yuan, e.g. "19.90"' }) livePrice: string;
  @Field({ description: 'Percent, e.g. "25"' }) commissionPct: string;
}

@InputType()
@ZodSchema(scheduleSessionSchema)
export class ScheduleSessionInput {
  @Field(() => ID) traineeId: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to the trainee’s current team' }) teamId?: string | null;
  @Field(() => StreamPlatform) platform: StreamPlatform;
  @Field({ description: 'ISO date-time with offset' }) scheduledStart: string;
  @Field(() => Int) plannedMinutes: number;
  @Field() title: string;
  @Field(() => String, { nullable: true }) scriptUrl?: string | null;
  @Field(() => [RunOfShowItemInput], { description: 'Products in order; each must pass the QC gate' })
  items: RunOfShowItemInput[];
}

@InputType()
@ZodSchema(updateSessionSchema)
export class UpdateSessionInput {
  @Field(() => ID) id: string;
  @Field(() => StreamPlatform) platform: StreamPlatform;
  @Field() scheduledStart: string;
  @Field(() => Int) plannedMinutes: number;
  @Field() title: string;
  @Field(() => String, { nullable: true }) scriptUrl?: string | null;
  @Field(() => [RunOfShowItemInput]) items: RunOfShowItemInput[];
}

@InputType()
@ZodSchema(cancelSessionSchema)
export class CancelSessionInput {
  @Field(() => ID) id: string;
  @Field() reason: string;
}

@InputType()
export class CountFigureInput {
  @Field(() => Int) value: number;
  @Field(() => Provenance) provenance: Provenance;
}

@InputType()
export class MoneyFigureInput {
  @Field({ description: 'Yuan, e.g. "2380.50"' }) value: string;
  @Field(() => Provenance) provenance: Provenance;
}

@InputType()
export class ItemResultInput {
  @Field(() => ID) itemId: string;
  @Field(() => Int, { nullable: true }) unitsSold?: number | null;
  @Field(() => String, { nullable: true }) gmv?: string | null;
}

@InputType()
@ZodSchema(recordResultsSchema.and(z.object({ version: z.number().int() })))
export class RecordResultsInput {
  @Field(() => ID) sessionId: string;
  @Field(() => Int, { description: 'The version you read; a newer one means someone else saved first' })
  version: number;
  @Field(() => CountFigureInput) actualMinutes: CountFigureInput;
  @Field(() => CountFigureInput) viewers: CountFigureInput;
  @Field(() => CountFigureInput) peakViewers: CountFigureInput;
  @Field(() => CountFigureInput) newFollowers: CountFigureInput;
  @Field(() => CountFigureInput) orders: CountFigureInput;
  @Field(() => MoneyFigureInput) gmv: MoneyFigureInput;
  @Field(() => MoneyFigureInput) adSpend: MoneyFigureInput;
  @Field(() => MoneyFigureInput, { nullable: true, description: 'Absent: keep what after-sales recorded' })
  refunds?: MoneyFigureInput | null;
  @Field(() => [ItemResultInput], { nullable: true }) items?: ItemResultInput[];
}

@InputType()
@ZodSchema(z.object({ platform: z.enum(values(StreamPlatform)), ...importFileFields }).superRefine(refineImportFile))
export class ImportResultsInput {
  @Field(() => StreamPlatform, { description: 'Whose export this is: decides the column names' })
  platform: StreamPlatform;
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

const filters = {
  from: dateOnlySchema.optional(),
  to: dateOnlySchema.optional(),
  cohortId: z.string().optional(),
  teamId: z.string().optional(),
  traineeId: z.string().optional(),
};

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    ...filters,
    status: z.enum(values(SessionStatus)).optional(),
    search: z.string().trim().max(100).optional(),
    productId: z.string().optional(),
    todo: todoCardSchema,
  }),
)
export class LiveSessionsArgs extends PageArgs {
  @Field(() => TodoCard, {
    nullable: true,
    description: 'Only the rows this workbench to-do card counts for the caller',
  })
  todo?: TodoCard;
  @Field({ nullable: true, description: 'From this date (YYYY-MM-DD, China time), inclusive' }) from?: string;
  @Field({ nullable: true, description: 'Up to this date, inclusive' }) to?: string;
  @Field(() => ID, { nullable: true }) cohortId?: string;
  @Field(() => ID, { nullable: true }) teamId?: string;
  @Field(() => ID, { nullable: true }) traineeId?: string;
  @Field(() => SessionStatus, { nullable: true }) status?: SessionStatus;
  @Field({ nullable: true, description: 'Title or streamer name contains' }) search?: string;
  @Field(() => ID, { nullable: true, description: 'Sessions that featured this product' }) productId?: string;
}

@ArgsType()
@ZodSchema(
  z
    .object({ ...filters, from: dateOnlySchema, to: dateOnlySchema })
    .refine((v) => v.to >= v.from, { path: ['to'], message: 'sessions.mustNotBeforeFrom' })
    .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 62 * 86_400_000, {
      path: ['to'],
      message: 'sessions.mostTwoMonthsTime',
    }),
)
export class SessionDaysArgs {
  @Field() from: string;
  @Field() to: string;
  @Field(() => ID, { nullable: true }) cohortId?: string;
  @Field(() => ID, { nullable: true }) teamId?: string;
  @Field(() => ID, { nullable: true }) traineeId?: string;
}

@ArgsType()
@ZodSchema(z.object({ traineeId: z.string().min(1), from: dateOnlySchema.optional(), to: dateOnlySchema.optional() }))
export class PerformanceArgs {
  @Field(() => ID) traineeId: string;
  @Field({ nullable: true, description: 'Default: 60 days before `to`' }) from?: string;
  @Field({ nullable: true, description: 'Default: today' }) to?: string;
}

@ArgsType()
@ZodSchema(
  z
    .object({
      teamId: z.string().min(1).nullish(),
      traineeId: z.string().min(1).nullish(),
      weekStart: dateOnlySchema,
      minutes: z.number().int().min(MIN_SESSION_MINUTES).max(MAX_SESSION_MINUTES).nullish(),
    })
    .refine((v) => !!v.teamId !== !!v.traineeId, { path: ['teamId'], message: 'sessions.giveTeamStreamer' }),
)
export class AvailabilityArgs {
  @Field(() => ID, { nullable: true, description: 'The team (and the streamer it backs)' }) teamId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The streamer (and their current team)' }) traineeId?: string | null;
  @Field({ description: 'First of the seven days (YYYY-MM-DD), in the program zone' }) weekStart: string;
  @Field(() => Int, { nullable: true, description: 'Length of the suggested free slots; default 120' }) minutes?:
    number | null;
}

@InputType()
@ZodSchema(sessionSeriesSchema)
export class ScheduleSessionSeriesInput {
  @Field(() => ID) traineeId: string;
  @Field(() => StreamPlatform) platform: StreamPlatform;
  @Field() title: string;
  @Field(() => String, { nullable: true }) scriptUrl?: string | null;
  @Field(() => [RunOfShowItemInput]) items: RunOfShowItemInput[];
  @Field({ description: 'Time of day HH:mm in the program zone, e.g. 19:00' }) startTime: string;
  @Field(() => Int) plannedMinutes: number;
  @Field(() => [Int], { nullable: true, description: 'ISO weekdays (1 = Monday … 7 = Sunday); empty: every day' })
  weekdays?: number[] | null;
  @Field({ description: 'First day (YYYY-MM-DD)' }) from: string;
  @Field(() => String, { nullable: true, description: 'Last day, inclusive' }) until?: string | null;
  @Field(() => Int, { nullable: true, description: 'At most this many sessions (≤ 62)' }) count?: number | null;
}
