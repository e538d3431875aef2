import type { sessions as en } from '../en/sessions';
import type { Translation } from '../types';

/** sessions: Chinese texts. */
export const sessions: Translation<typeof en> = {
  'sessions.alreadyBackedBy': '{{name}} 由 {{team}} 支持',
  'sessions.cannotGoLive': '不能开播：{{problems}}',
  'sessions.clashMember': '{{member}} 在 {{when}} 参与“{{title}}”（{{trainee}}）',
  'sessions.clashOnDate': '{{date}}：{{reason}}',
  'sessions.clashSelf': '{{trainee}} 在 {{when}} 已有“{{title}}”',
  'sessions.doubleBooking': '时间冲突：{{clashes}}',
  'sessions.giveTeamStreamer': '请选择小组或主播',
  'sessions.hasNoSupportTeamYet': '{{name}} 还没有支持团队：请先分配',
  'sessions.incompleteFillSeatsBeforeScheduling': '{{name}} 不完整：排期前请先补齐成员',
  'sessions.mostTwoMonthsTime': '一次最多两个月',
  'sessions.mustNotAfter': '不能晚于结束日期',
  'sessions.mustNotBeforeFrom': '不能早于开始日期',
  'sessions.noChosenWeekdayFallsThese': '这段日期内没有所选的重复日',
  'sessions.noSessionAround': '{{account}} 在 {{time}} 前后没有直播',
  'sessions.notProductSession': '不是这场直播的商品',
  'sessions.onlyScheduledSessionCanEdited': '只有已排期的直播可以修改',
  'sessions.productDoesNotPassQc': '有商品未通过品控',
  'sessions.resultsRecordedOnceSessionHas': '直播结束后才能录入数据',
  'sessions.sameSessionRow': '与第 {{row}} 行是同一场直播',
  'sessions.sessionsClashNoneWasBooked': '{{total}} 场中有 {{clashing}} 场时间冲突，均未排期',
  'sessions.sessionsNearTime_other': '{{account}} 在该时间附近有 {{count}} 场直播',
  'sessions.someoneElseChangedSessionSince': '有人在你打开后修改了这场直播，请刷新后重试',
  'sessions.wasNeverStartedGrassroots': '“{{title}}”从未在系统中开播',
  'sessions.clashLesson': '{{trainee}} 在 {{when}} 有课程“{{topic}}”',
  'sessions.lessonClashes': '与课程时间冲突：{{clashes}}',
};
