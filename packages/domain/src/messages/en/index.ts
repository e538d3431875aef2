import { aftersales } from './aftersales';
import { assignments } from './assignments';
import { auth } from './auth';
import { catalogue } from './catalogue';
import { cohorts } from './cohorts';
import { common } from './common';
import { enrolments } from './enrolments';
import { enums } from './enums';
import { files } from './files';
import { graduation } from './graduation';
import { jobs } from './jobs';
import { lessons } from './lessons';
import { live } from './live';
import { notFound } from './notFound';
import { notifications } from './notifications';
import { programs } from './programs';
import { qc } from './qc';
import { reporting } from './reporting';
import { reports } from './reports';
import { sessions } from './sessions';
import { sponsors } from './sponsors';
import { teams } from './teams';
import { trainees } from './trainees';
import { training } from './training';
import { users } from './users';
import { workbench } from './workbench';
import { workbooks } from './workbooks';

/** Every server message in en, merged from the feature files beside this one. */
export const en = {
  ...aftersales,
  ...assignments,
  ...auth,
  ...catalogue,
  ...cohorts,
  ...common,
  ...enrolments,
  ...enums,
  ...files,
  ...graduation,
  ...jobs,
  ...lessons,
  ...live,
  ...notFound,
  ...notifications,
  ...programs,
  ...qc,
  ...reporting,
  ...reports,
  ...sessions,
  ...sponsors,
  ...teams,
  ...trainees,
  ...training,
  ...users,
  ...workbench,
  ...workbooks,
};
