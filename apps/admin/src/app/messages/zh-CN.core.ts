import 'dayjs/locale/zh-cn';

import antd from 'antd/locale/zh_CN';

/** What the sign-in page says, in Chinese (the default); the rest of the app's strings are in zh-CN.ts. */
export const zhCore = {
  'app.name': 'Grassroots 草根直播孵化',
  'app.tagline': '直播电商人才孵化管理平台',
  'common.search': '搜索',
  'common.create': '新建',
  'common.edit': '编辑',
  'common.save': '保存',
  'common.cancel': '取消',
  'common.confirm': '确定',
  'common.actions': '操作',
  'common.all': '全部',
  'common.loading': '加载中…',
  'common.back': '返回',
  'common.details': '详情',
  'common.total': '共 {{n}} 条',
  'common.yes': '是',
  'common.no': '否',
  'common.saved': '已保存',
  'time.china': '北京时间（UTC{{offset}}）',
  'time.zone': '时区',
  'common.notSaved': '未保存：请看表单上方的问题',
  'common.error': '出错了，请稍后重试',
  'common.notFound': '没有找到该记录，或您无权查看',
  'common.language': 'English',
  'auth.title': '登录',
  'auth.email': '邮箱',
  'auth.password': '密码',
  'auth.emailRequired': '请输入邮箱',
  'auth.passwordRequired': '请输入密码',
  'auth.submit': '登录',
  'auth.logout': '退出登录',
  'auth.failed': '邮箱或密码不正确',
  'auth.throttled': '尝试次数过多，请 {{n}} 分钟后再试',
  'auth.expired': '登录已过期，请重新登录',
};

const catalog = { messages: zhCore, antd, dayjs: 'zh-cn' };
export default catalog;
