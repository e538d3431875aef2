import type { reporting as en } from '../en/reporting';
import type { Translation } from '../types';

/** reporting: Chinese texts. */
export const reporting: Translation<typeof en> = {
  'reporting.answerSponsorsComments': '请答复资助方的意见',
  'reporting.enterAmountAbove0': '金额必须大于 0',
  'reporting.amountFormat': '请输入金额（元），最多两位小数，如 3500.00',
  'reporting.fileAttachedTwice': '有文件被重复附加',
  'reporting.mostAttachments': '最多 {{max}} 个附件',
  'reporting.attachmentsOnlyWhenReturned': '只有被退回的报告可以附加文件',
  'reporting.replyOnlyWhenReturned': '只有被退回的报告需要答复',
  'reporting.periodLocked': '本期报告已接受并锁定',
  'reporting.reportCannotBe': '{{status}}的报告不能{{action}}',
  'reporting.sayWhatNeedsChange': '请说明需要修改什么',
  'reporting.describeExpense': '请说明支出内容（发票、收款方）',
  'reporting.periodFormat': '请填写月份（2026-11）或季度（2026-Q4）',
};
