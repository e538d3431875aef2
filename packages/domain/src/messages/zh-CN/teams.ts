import type { teams as en } from '../en/teams';
import type { Translation } from '../types';

/** teams: Chinese texts. */
export const teams: Translation<typeof en> = {
  'teams.supportCapReached_other': '{{name}} 已支持 {{count}} 名学员，上限为 {{max}}',
  'teams.chooseStaffMember': '请选择员工',
  'teams.chooseTrainee': '请选择学员',
  'teams.giveTeamName': '请填写团队名称',
  'teams.nobodyCovers': '无人负责：{{roles}}',
  'teams.notActiveSupportStaff': '不是在职的支持人员',
  'teams.traineeNotInCohort': '不是该团队所在班期的在训学员',
  'teams.onePersonHoldsOneRole': '一人在一个团队只能担任一个角色',
  'teams.role.ADS': '投流',
  'teams.role.FILMING': '拍摄',
  'teams.role.PLANNER': '策划',
  'teams.role.SCRIPT': '脚本',
  'teams.supportCapExceeded': '有员工支持的学员将超过上限',
  'teams.alreadyBacksTrainee': '该团队已在支持这名学员',
  'teams.memberCount': '团队成员为 {{min}}–{{max}} 人（当前 {{count}} 人）',
  'teams.incomplete': '团队不完整：需要 3–4 名在职人员覆盖脚本、投流、拍摄',
};
