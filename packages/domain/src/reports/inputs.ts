import Decimal from 'decimal.js';

import { dateOnlySchema } from '../common/dates';
import { MONEY_PATTERN } from '../common/money';
import { z } from '../common/z';
import { readPeriod } from './period';

export const ExpenseCategory = {
  TRAINING: 'TRAINING',
  STAFF: 'STAFF',
  TRAFFIC: 'TRAFFIC',
  TRAVEL: 'TRAVEL',
  EQUIPMENT: 'EQUIPMENT',
  OTHER: 'OTHER',
} as const;
export type ExpenseCategory = (typeof ExpenseCategory)[keyof typeof ExpenseCategory];

/** One line of program spending, entered from an invoice. */
export const recordExpenseSchema = z.object({
  programId: z.string().min(1),
  spentOn: dateOnlySchema,
  amount: z
    .string()
    .trim()
    .regex(MONEY_PATTERN, { message: 'reporting.amountFormat', abort: true })
    .refine((v) => new Decimal(v).gt(0), 'reporting.enterAmountAbove0'),
  category: z.enum(Object.values(ExpenseCategory) as [ExpenseCategory, ...ExpenseCategory[]]),
  description: z.string().trim().min(2, 'reporting.describeExpense').max(300),
});
export type RecordExpenseInput = z.infer<typeof recordExpenseSchema>;

/** A report period's key: a month (2026-10) or a quarter (2026-Q4). */
export const periodKeySchema = z
  .string()
  .trim()
  .refine((k) => readPeriod(k) !== null, 'reporting.periodFormat');

export const returnReportSchema = z.object({
  reportId: z.string().min(1),
  comments: z.string().trim().min(5, 'reporting.sayWhatNeedsChange').max(4000),
});

/**
 * How sponsors see a trainee: the family name and stars (张**, 阿卜杜拉·** keeps only the first name part's first
 * character), never the national ID; the phone is masked elsewhere. Enough to recognise a cohort, not to identify.
 */
export function deidentifiedName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '*';
  return chars[0] + '*'.repeat(Math.min(Math.max(chars.length - 1, 1), 2));
}
