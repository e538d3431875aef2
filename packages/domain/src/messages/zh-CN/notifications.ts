import type { notifications as en } from '../en/notifications';
import type { Translation } from '../types';

/** notifications: Chinese texts. */
export const notifications: Translation<typeof en> = {
  'notifications.chooseTeamProgram': '请选择团队或项目',
  'notifications.giveNotificationsMarkAll': '请选择要标记的通知，或全部标记',
  'notifications.giveRobotName': '请填写机器人名称',
  'notifications.noCredentialsUrlsHostPart': '地址的主机部分不能包含账号密码',
  'notifications.noSuchTeam': '团队不存在',
  'notifications.webhookUrlHttps': '请输入 Webhook 地址（https://…）',
  'notifications.webhookUrlsMustUseHttps': 'Webhook 地址必须使用 https',
  'notifications.webhookUrlsPlatformStartHttps': '该平台的 Webhook 地址以 https://{{host}}/ 开头',
  'notifications.youDoNotReceiveKind': '你不接收这类通知',
};
