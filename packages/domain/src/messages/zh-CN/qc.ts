import type { qc as en } from '../en/qc';
import type { Translation } from '../types';

/** qc: Chinese texts. */
export const qc: Translation<typeof en> = {
  'qc.checklistItemMissing': '缺少检查项 {{item}}',
  'qc.chooseCategory': '请选择类目',
  'qc.chooseSupplier': '请选择供应商',
  'qc.enterLicenceNumber': '请填写证照编号',
  'qc.gate.approved': '已通过',
  'qc.gate.inspectionExpired': '{{product}}：最近一次通过的检验已于 {{date}} 过期',
  'qc.gate.licenceExpired': '{{product}}：供应商的{{licence}}已于 {{date}} 过期',
  'qc.gate.licenceMissing': '{{product}}：供应商没有登记{{licence}}',
  'qc.gate.noPassedInspection': '{{product}}：没有通过的品控检验',
  'qc.gate.notSentToQc': '未送检',
  'qc.gate.rejected': '品控未通过',
  'qc.gate.status': '{{product}}：{{status}}',
  'qc.gate.statusBecause': '{{product}}：{{status}}：{{reason}}',
  'qc.gate.suspended': '已暂停',
  'qc.gate.waitingForQc': '等待品控',
  'qc.licence.BUSINESS_LICENCE': '营业执照',
  'qc.licence.FOOD_PRODUCTION_LICENCE': '食品生产许可证',
  'qc.lotHasLeast2Units': '批量至少 2 件',
  'qc.nameSupplier': '请填写供应商',
  'qc.onlyApprovedProductCanSuspended': '只有已通过的商品可以暂停',
  'qc.onlyDraftRejectedProductCan': '只有草稿或未通过的商品可以送检',
  'qc.regionRequired': '请填写地区',
  'qc.sameProductRow': '与第 {{row}} 行是同一商品',
  'qc.sayWhatWrong': '请说明问题',
  'qc.sendProductQcBeforeInspecting': '请先送检再检验',
  'qc.uploadPhotoFirst': '请先上传照片',
  'qc.wholeUnits': '请输入整数件数',
  'qc.yesNo': '请填写 是 或 否',
};
