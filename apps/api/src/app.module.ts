import type { Database } from '@grassroots/db';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';

import { SessionService } from './core/auth/session.service';
import { CoreModule } from './core/core.module';
import { DatabaseModule, DatabaseService } from './core/database/database.module';
import type { FileStore } from './core/files/file-store';
import { graphqlConfig, type GraphqlOptions } from './core/graphql/graphql.config';
import { JobsModule } from './core/jobs/jobs.module';
import { FEATURE_MODULES } from './feature-modules';
import { FilesModule } from './modules/files/files.module';

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
