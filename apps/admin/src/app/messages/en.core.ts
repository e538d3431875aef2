import antd from 'antd/locale/en_US';

import type { CoreCatalog, CoreKey } from './types';

/** What the sign-in page says, in English; the rest is in en.ts. */
const enCore: Record<CoreKey, string> = {
  'app.name': 'Grassroots',
  'app.tagline': 'Live-commerce incubator',
  'common.search': 'Search',
  'common.create': 'New',
  'common.edit': 'Edit',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.confirm': 'OK',
  'common.actions': 'Actions',
  'common.all': 'All',
  'common.loading': 'Loading…',
  'common.back': 'Back',
  'common.details': 'Details',
  'common.total': '{{n}} in total',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.saved': 'Saved',
  'time.china': 'China time (UTC{{offset}})',
  'time.zone': 'Time zone',
  'common.notSaved': 'Not saved: see the problems at the top of the form',
  'common.error': 'Something went wrong; please try again',
  'common.notFound': 'Not found, or you may not see it',
  'common.language': '中文',
  'auth.title': 'Sign in',
  'auth.email': 'Email',
  'auth.password': 'Password',
  'auth.emailRequired': 'Enter your email',
  'auth.passwordRequired': 'Enter your password',
  'auth.submit': 'Sign in',
  'auth.logout': 'Sign out',
  'auth.failed': 'Email or password is incorrect',
  'auth.throttled': 'Too many sign-in attempts; try again in {{n}} minutes',
  'auth.expired': 'Your session ended; please sign in again',
};

const catalog: CoreCatalog = { messages: enCore, antd, dayjs: 'en' };
export default catalog;
