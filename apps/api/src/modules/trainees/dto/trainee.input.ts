import {
  createTraineeSchema,
  importFileFields,
  pageSchema,
  refineImportFile,
  StreamPlatform,
  todoCardSchema,
  TraineeStatus,
  updateTraineeSchema,
  values,
} from '@grassroots/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';
import { TodoCard } from '../../workbench/models/workbench.model';

@InputType()
export class PlatformAccountInput {
  @Field(() => StreamPlatform) platform: StreamPlatform;
  @Field() handle: string;
}

@InputType()
@ZodSchema(createTraineeSchema)
export class CreateTraineeInput {
  @Field() name: string;
  @Field({ description: '11-digit mainland mobile number' }) phone: string;
  @Field({ description: '18-character resident ID number; stored encrypted' }) nationalId: string;
  @Field() hometown: string;
  @Field({ nullable: true }) background?: string;
  @Field(() => [PlatformAccountInput], { nullable: true }) platformAccounts?: PlatformAccountInput[];
  @Field(() => TraineeStatus, { nullable: true }) status?: TraineeStatus;
}

@InputType()
@ZodSchema(updateTraineeSchema)
export class UpdateTraineeInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) phone?: string;
  @Field({ nullable: true }) nationalId?: string;
  @Field({ nullable: true }) hometown?: string;
  @Field({ nullable: true }) background?: string;
  @Field(() => [PlatformAccountInput], { nullable: true }) platformAccounts?: PlatformAccountInput[];
  @Field(() => TraineeStatus, { nullable: true }) status?: TraineeStatus;
}

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    search: z.string().trim().max(100).optional(),
    status: z.enum(values(TraineeStatus)).optional(),
    cohortId: z.string().optional(),
    availableForCohortId: z.string().optional(),
    todo: todoCardSchema,
  }),
)
export class TraineesArgs extends PageArgs {
  @Field(() => TodoCard, {
    nullable: true,
    description: 'Only the rows this workbench to-do card counts for the caller',
  })
  todo?: TodoCard;
  @Field({ nullable: true, description: 'Matches name, hometown or phone' }) search?: string;
  @Field(() => TraineeStatus, { nullable: true }) status?: TraineeStatus;
  @Field(() => ID, { nullable: true, description: 'Trainees actively enrolled in this cohort' }) cohortId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Trainees who could join this cohort (not active in its program, not graduated or dropped)',
  })
  availableForCohortId?: string;
}

@InputType()
@ZodSchema(z.object({ cohortId: z.string().min(1).nullish(), ...importFileFields }).superRefine(refineImportFile))
export class ImportTraineesInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Enrol into this cohort the rows that name none (the cohort page’s import)',
  })
  cohortId?: string | null;
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
