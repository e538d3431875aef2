import { AssignmentsResolver, SubmissionResolver } from './modules/assignments/assignments.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { GraduationResolver, TraineeOutcomesResolver } from './modules/graduation/graduation.resolver';
import { CohortsResolver } from './modules/cohorts/cohorts.resolver';
import { EnrolmentsResolver } from './modules/enrolments/enrolments.resolver';
import { AttendanceSheetRowResolver, CohortAttendanceResolver, LessonsResolver, TraineeAttendanceResolver } from './modules/lessons/lessons.resolver';
import { ProgramsResolver } from './modules/programs/programs.resolver';
import { LiveSessionItemResolver, ProgramSalesResolver, SessionsResolver, TeamResultsResolver } from './modules/sessions/sessions.resolver';
import { TeamAssignmentResolver, TeamsResolver, TraineeTeamResolver } from './modules/teams/teams.resolver';
import { AfterSalesResolver } from './modules/aftersales/aftersales.resolver';
import { ProductsResolver, SuppliersResolver } from './modules/catalogue/catalogue.resolver';
import { QcResolver } from './modules/qc/qc.resolver';
import { ProgramReportsResolver, ReportsResolver } from './modules/reports/reports.resolver';
import { SponsorsResolver } from './modules/sponsors/sponsors.resolver';
import { TraineesResolver } from './modules/trainees/trainees.resolver';
import { UsersResolver } from './modules/users/users.resolver';
import { ImportsResolver } from './modules/imports/imports.resolver';
import { WorkbenchResolver } from './modules/workbench/workbench.resolver';
import { NotificationsResolver } from './modules/notifications/notifications.resolver';

/** Every resolver class: the schema emitter builds schema.gql from them and the policy test walks them. */
export const RESOLVERS = [AuthResolver, UsersResolver, SponsorsResolver, ProgramsResolver, CohortsResolver, TraineesResolver, EnrolmentsResolver, LessonsResolver, AttendanceSheetRowResolver, CohortAttendanceResolver, TraineeAttendanceResolver, AssignmentsResolver, SubmissionResolver, GraduationResolver, TraineeOutcomesResolver, TeamsResolver, TeamAssignmentResolver, TraineeTeamResolver, SessionsResolver, LiveSessionItemResolver, TeamResultsResolver, ProgramSalesResolver, SuppliersResolver, ProductsResolver, QcResolver, AfterSalesResolver, ReportsResolver, ProgramReportsResolver, WorkbenchResolver, ImportsResolver, NotificationsResolver];
