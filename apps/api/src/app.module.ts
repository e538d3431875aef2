import { ReportsModule } from './modules/reports/reports.module';
import { type DynamicModule, Module } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Database } from '@grassroots/db';
import { CoreModule } from './core/core.module';
import { JobsModule } from './core/jobs/jobs.module';
import { ImportsModule } from './modules/imports/imports.module';
import type { FileStore } from './core/files/file-store';
import { SessionService } from './core/auth/session.service';
import { DatabaseModule, DatabaseService } from './core/database/database.module';
import { graphqlConfig, type GraphqlOptions } from './core/graphql/graphql.config';
import { AssignmentsModule } from './modules/assignments/assignments.module';
import { AuthModule } from './modules/auth/auth.module';
import { GraduationModule } from './modules/graduation/graduation.module';
import { CohortsModule } from './modules/cohorts/cohorts.module';
import { EnrolmentsModule } from './modules/enrolments/enrolments.module';
import { LessonsModule } from './modules/lessons/lessons.module';
import { ProgramsModule } from './modules/programs/programs.module';
import { SessionsModule } from './modules/sessions/sessions.module';
import { AfterSalesModule } from './modules/aftersales/aftersales.module';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { FilesModule } from './modules/files/files.module';
import { QcModule } from './modules/qc/qc.module';
import { TeamsModule } from './modules/teams/teams.module';
import { SponsorsModule } from './modules/sponsors/sponsors.module';
import { TraineesModule } from './modules/trainees/trainees.module';
import { UsersModule } from './modules/users/users.module';
import { WorkbenchModule } from './modules/workbench/workbench.module';
import { NotificationsModule } from './modules/notifications/notifications.module';

export const FEATURE_MODULES = [AuthModule, UsersModule, SponsorsModule, ProgramsModule, CohortsModule, TraineesModule, EnrolmentsModule, LessonsModule, AssignmentsModule, GraduationModule, TeamsModule, SessionsModule, CatalogueModule, QcModule, AfterSalesModule, ReportsModule, ImportsModule, WorkbenchModule, NotificationsModule];

@Module({})
export class AppModule {
  static forRoot(database: Database, opts: GraphqlOptions, files: FileStore): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(database),
        CoreModule,
        JobsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [SessionService, DatabaseService],
          useFactory: (sessions: SessionService, db: DatabaseService) => graphqlConfig(sessions, db, opts),
        }),
        ...FEATURE_MODULES,
        FilesModule.forRoot(files),
      ],
    };
  }
}
