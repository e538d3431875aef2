import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';

import { SESSION_COOKIE, type SessionService } from '../auth/session.service';
import type { DatabaseService } from '../database/database.module';
import type { GqlContext } from './context';
import { formatError } from './format-error';
import { createLoaders } from './loaders';
import { queryLimitsPlugin } from './query-limits';

export interface GraphqlOptions {
  /** Production: introspection off. Tests turn it on or off explicitly. */
  introspection: boolean;
}

export function graphqlConfig(
  sessions: SessionService,
  db: DatabaseService,
  opts: GraphqlOptions,
): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: opts.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Guards run on field resolvers too (field-level policies, e.g. Trainee.nationalId); interceptors do not.
    fieldResolverEnhancers: ['guards'],
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field's resolver to collect cache hints nobody sets (each answer is
      // per user): a tenth of a list query's CPU (issue 12). Its one visible effect, `Cache-Control: no-store`, is
      // set in bootstrap.ts instead.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDisableSuggestions(),
      queryLimitsPlugin(),
    ] as unknown as ApolloDriverConfig['plugins'],
    context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
      const actor = await sessions.resolve(req.cookies?.[SESSION_COOKIE]);
      return { req, res, actor, loaders: createLoaders(db.prisma, actor) };
    },
  };
}
