import type { aftersales as en } from '../en/aftersales';
import type { Translation } from '../types';

/** aftersales: Chinese texts. */
export const aftersales: Translation<typeof en> = {
  'aftersales.ticketClosed': '已关闭的工单不能再回复',
  'aftersales.enterPlatformOrderNumber': '请填写平台订单号',
  'aftersales.event.productSuspended': '商品已暂停并送复检：{{reason}}',
  'aftersales.noSuchLiveSession': '直播场次不存在',
  'aftersales.notActiveAgent': '不是在职的售后人员',
  'aftersales.refundAboveClaim': '退款不能超过申请金额（{{claimed}}）',
  'aftersales.rootCauseRequired': '解决前请填写原因',
  'aftersales.sayWhatCustomerReports': '请填写顾客描述',
  'aftersales.productNotInSession': '这场直播没有这个商品',
  'aftersales.staleTicket': '有人在你打开后修改了这个工单，请刷新后重试',
  'aftersales.actionNotAllowed': '{{status}}的工单不能执行“{{action}}”',
  'aftersales.writeSomething': '请填写内容',
  // Why a 7-day no-reason return does not apply (yet).
  'aftersales.returnWindow.perishable': '生鲜易腐商品不适用七天无理由退货',
  'aftersales.returnWindow.notDelivered': '尚未签收：签收后开始计算退货期',
};
