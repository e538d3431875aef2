import { type DynamicModule, Module } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Database } from '@grassroots/db';
import { CoreModule } from './core/core.module';
import { FEATURE_MODULES } from './feature-modules';
import { JobsModule } from './core/jobs/jobs.module';
import type { FileStore } from './core/files/file-store';
import { SessionService } from './core/auth/session.service';
import { DatabaseModule, DatabaseService } from './core/database/database.module';
import { graphqlConfig, type GraphqlOptions } from './core/graphql/graphql.config';
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
