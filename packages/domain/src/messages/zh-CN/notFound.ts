import type { notFound as en } from '../en/notFound';
import type { Translation } from '../types';

/** notFound: Chinese texts. */
export const notFound: Translation<typeof en> = {
  'notFound.assignment': '作业不存在',
  'notFound.cohort': '班级不存在',
  'notFound.currentTeamOfThisTrainee': '该学员的当前团队不存在',
  'notFound.enrolment': '报名记录不存在',
  'notFound.failedDelivery': '失败的推送不存在',
  'notFound.file': '文件不存在',
  'notFound.job': '任务不存在',
  'notFound.lesson': '课程不存在',
  'notFound.liveSession': '直播场次不存在',
  'notFound.notification': '通知不存在',
  'notFound.product': '商品不存在',
  'notFound.program': '项目不存在',
  'notFound.report': '报告不存在',
  'notFound.robot': '机器人不存在',
  'notFound.sponsor': '资助方不存在',
  'notFound.streamerWithATeam': '有团队的主播不存在',
  'notFound.submission': '提交不存在',
  'notFound.supplier': '供应商不存在',
  'notFound.team': '团队不存在',
  'notFound.ticket': '工单不存在',
  'notFound.trainee': '学员不存在',
  'notFound.traineeInThisCohort': '本班学员不存在',
  'notFound.user': '用户不存在',
};
