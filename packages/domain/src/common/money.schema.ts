import { MONEY_PATTERN } from './money';
import { z } from './z';

/** A money field of a form or an input: yuan as a decimal string (see money.ts). */
export const moneySchema = z.string().trim().regex(MONEY_PATTERN, 'common.enterAmountYuanMost2');
