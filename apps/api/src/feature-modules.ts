import type { Type } from '@nestjs/common';

import { AfterSalesModule } from './modules/aftersales/aftersales.module';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { AuthModule } from './modules/auth/auth.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { CohortsModule } from './modules/cohorts/cohorts.module';
import { EnrolmentsModule } from './modules/enrolments/enrolments.module';
import { GraduationModule } from './modules/graduation/graduation.module';
import { ImportsModule } from './modules/imports/imports.module';
import { LessonsModule } from './modules/lessons/lessons.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { ProgramsModule } from './modules/programs/programs.module';
import { QcModule } from './modules/qc/qc.module';
import { ReportsModule } from './modules/reports/reports.module';
import { SessionsModule } from './modules/sessions/sessions.module';
import { SponsorsModule } from './modules/sponsors/sponsors.module';
import { TeamsModule } from './modules/teams/teams.module';
import { TraineesModule } from './modules/trainees/trainees.module';
import { UsersModule } from './modules/users/users.module';
import { WorkbenchModule } from './modules/workbench/workbench.module';

/** What @Resolver() records on a class (@nestjs/graphql's RESOLVER_TYPE_METADATA, not exported from its entry point). */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

/** The product's feature modules, one per domain folder. The app imports these; the schema and the policy matrix read their resolvers from them. */
export const FEATURE_MODULES = [
  AuthModule,
  UsersModule,
  SponsorsModule,
  ProgramsModule,
  CohortsModule,
  TraineesModule,
  EnrolmentsModule,
  LessonsModule,
  AssignmentsModule,
  GraduationModule,
  TeamsModule,
  SessionsModule,
  CatalogueModule,
  QcModule,
  AfterSalesModule,
  ReportsModule,
  ImportsModule,
  WorkbenchModule,
  NotificationsModule,
];

/**
 * Every resolver class, read from the feature modules' providers (one list: a resolver added to a module is in the
 * schema, the policy matrix and the app at once).
 */
export function featureResolvers(): Type[] {
  return FEATURE_MODULES.flatMap((m) => (Reflect.getMetadata('providers', m) ?? []) as unknown[]).filter(
    (p): p is Type => typeof p === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, p),
  );
}
