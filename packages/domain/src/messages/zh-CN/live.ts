import type { live as en } from '../en/live';
import type { Translation } from '../types';

/** live: Chinese texts. */
export const live: Translation<typeof en> = {
  'live.amountYuanEG2380': '金额（元），如 2380.50',
  'live.amountYuanEG300': '金额（元），如 300',
  'live.chooseStreamer': '请选择主播',
  'live.enterPercentageFrom0100': '请输入 0–100 的百分比，如 25',
  'live.giveEndDateNumberSessions': '请填写截止日期或场数',
  'live.giveReasonCancelling': '请填写取消原因',
  'live.giveSessionTitle': '请填写直播标题',
  'live.higherThanTotalViewers': '高于观看人次',
  'live.leastOneSession': '至少一场',
  'live.minutesEG95H': '分钟数（如 95）或 时:分:秒',
  'live.most50ProductsOneSession': '一场直播最多 50 个商品',
  'live.mustNotBeforeFirstDay': '不能早于第一天',
  'live.ordersWerePlacedGmvCannot': '有订单时成交额不能为 0',
  'live.peakViewersCannotExceedTotal': '最高在线不能超过观看人次',
  'live.pickDaysMondaySunday': '请选择周一到周日',
  'live.productAlreadyRunShow': '该商品已在货盘中',
  'live.refundsCannotExceedGmv': '退款不能超过成交额',
  'live.sameAccountStartRow': '与第 {{row}} 行的账号和开播时间相同',
  'live.sessionCannotBe': '{{status}} 状态的直播不能{{action}}',
  'live.streamersAccountPlatformEmpty': '主播账号为空',
  'live.tooLarge': '数值过大',
  'live.useTimeDay1900': '请输入时刻，例如 19:00',
  'live.useYyyyMmDdHh': '格式为 YYYY-MM-DD HH:MM（北京时间）',
  'live.wholeMinutes': '请输入整分钟数',
  'live.wholeNumber': '请输入整数',
  'live.wholeNumberEG1200': '整数（如 1200 或 1.2万）',
};
