import {
  ExpenseCategory,
  pageSchema,
  periodKeySchema,
  recordExpenseSchema,
  REPLY_MAX_CHARS,
  returnReportSchema,
  submitReportSchema,
} from '@grassroots/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';

@InputType()
@ZodSchema(z.object({ programId: z.string().min(1), period: periodKeySchema }))
export class PrepareReportInput {
  @Field(() => ID) programId: string;
  @Field({ description: '2026-11 or 2026-Q4' }) period: string;
}

@InputType()
@ZodSchema(submitReportSchema)
export class SubmitReportInput {
  @Field(() => ID) reportId: string;
  @Field(() => Int) version: number;
  @Field(() => String, {
    nullable: true,
    description: `Required to resubmit a returned report: the answer to the sponsor's comments (at most ${REPLY_MAX_CHARS} characters)`,
  })
  reply?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Files uploaded to /files/report-attachments, sent with a resubmission (at most 5)',
  })
  attachmentIds?: string[] | null;
}

@InputType()
@ZodSchema(
  z.object({ reportId: z.string().min(1), snapshotHash: z.string().regex(/^[0-9a-f]{64}$/, 'reports.notSha256Hash') }),
)
export class AcceptReportInput {
  @Field(() => ID) reportId: string;
  @Field({ description: 'The hash of the snapshot you reviewed: acceptance fails if the report changed since' })
  snapshotHash: string;
}

@InputType()
@ZodSchema(returnReportSchema)
export class ReturnReportInput {
  @Field(() => ID) reportId: string;
  @Field() comments: string;
}

@InputType()
@ZodSchema(recordExpenseSchema)
export class RecordExpenseInput {
  @Field(() => ID) programId: string;
  @Field() spentOn: string;
  @Field() amount: string;
  @Field(() => ExpenseCategory) category: ExpenseCategory;
  @Field() description: string;
}

@ArgsType()
@ZodSchema(pageSchema.extend({ programId: z.string().min(1) }))
export class ProgramExpensesArgs extends PageArgs {
  @Field(() => ID) programId: string;
}
