import type { reports as en } from '../en/reports';
import type { Translation } from '../types';

/** reports: Chinese texts. */
export const reports: Translation<typeof en> = {
  'reports.alreadyPrepared': '已生成',
  'reports.alreadySentReport': '该文件已随报告提交',
  'reports.doesNotMatchSubmittedReport': '与已提交的报告不一致',
  'reports.expenseRecordedOncePaid': '支出需在付款后录入',
  'reports.exportFormats': '可导出为 .csv、.xlsx、.pdf 或 .json',
  'reports.noSuchFile': '文件不存在',
  'reports.notOverYetReportPrepared': '{{period}} 尚未结束：报告在周期结束后生成',
  'reports.notSha256Hash': '不是 SHA-256 校验值',
  'reports.programRuns': '项目周期为 {{startDate}} – {{endDate}}',
  'reports.programRunsOutside': '项目周期为 {{startDate}} – {{endDate}}，{{period}} 不在其中',
  'reports.provenance.ESTIMATE': '估算',
  'reports.provenance.MANUAL': '手工录入',
  'reports.provenance.PLATFORM_EXPORT': '平台导出',
  'reports.provenance.RECORDED': '系统记录',
  'reports.reportWasAlreadyPrepared': '{{period}} 的报告已生成',
  'reports.reportWasResubmittedSinceYou': '您打开后报告已被重新提交，请审阅新的数据',
  'reports.snapshotMismatchNotAccepted': '已保存的报告快照与校验值不符，不能接受',
  'reports.snapshotMismatchNotExported': '已保存的报告快照与校验值不符，不能导出',
  'reports.someoneElseChangedReportReload': '报告已被他人更改，请刷新',
  'reports.status.ACCEPTED': '已接受（已锁定）',
  'reports.status.DRAFT': '草稿（未提交，数据实时计算）',
  'reports.status.RETURNED': '已退回修改',
  'reports.status.SUBMITTED': '已提交，待资助方确认',
};
