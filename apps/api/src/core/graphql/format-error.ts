import { unwrapResolverError } from '@apollo/server/errors';
import { Prisma } from '@grassroots/db';
import { DomainError, englishText, ErrorCode } from '@grassroots/domain';
import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';

import { graphqlInputProblem } from './graphql-input-problem';

const logger = new Logger('GraphQL');
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place errors become GraphQL errors. Domain errors keep their code, message code, params and field list; known Prisma
 * constraint errors map to CONFLICT / NOT_FOUND; anything else is logged and leaves as a generic
 * INTERNAL_SERVER_ERROR (no stack, SQL, path or model name). "Did you mean …" suggestions are removed.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: original.code,
        // What to say, for any language: a code of the shared catalog and its params; `message` is English.
        messageCode: original.messageCode,
        ...(original.params ? { params: original.params } : {}),
        ...(original.fields.length ? { fields: original.fields } : {}),
        ...(original.retryAfterSeconds !== undefined ? { retryAfter: original.retryAfterSeconds } : {}),
      },
    };
  }
  if (isUniqueViolation(original)) {
    // A race lost to a unique index (services check first; the database has the last word).
    return {
      message: englishText('common.conflictsExistingRecord'),
      path: formatted.path,
      extensions: { code: ErrorCode.CONFLICT, messageCode: 'common.conflictsExistingRecord' },
    };
  }
  if (original instanceof Prisma.PrismaClientKnownRequestError && original.code === 'P2025') {
    return {
      message: englishText('common.notFound'),
      path: formatted.path,
      extensions: { code: ErrorCode.NOT_FOUND, messageCode: 'common.notFound' },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && PASS_THROUGH.has(code)) {
    // GraphQL's own English (a document or a variable the schema refuses): a code naming the field, argument or
    // variable when graphql-js says which ("There is no field nmae on Sponsor"), else "Invalid input".
    const problem = formatted.extensions?.limit ? null : graphqlInputProblem(formatted.message);
    return {
      message: formatted.message.replace(/ ?Did you mean .*\?$/, ''),
      locations: formatted.locations,
      extensions: {
        code: code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' ? code : ErrorCode.BAD_USER_INPUT,
        messageCode: problem?.code ?? 'common.invalidInput',
        ...(problem ? { params: problem.params } : {}),
        // Which query limit refused the document (query-limits.ts): name, max and the measured value.
        ...(formatted.extensions?.limit ? { limit: formatted.extensions.limit } : {}),
      },
    };
  }
  logger.error(describe(original));
  return {
    message: englishText('common.internalError'),
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, messageCode: 'common.internalError' },
  };
}

/** P2002 from adapter-pg; PGlite's adapter surfaces the raw Postgres error (SQLSTATE 23505) instead. */
function isUniqueViolation(e: unknown): boolean {
  if (e instanceof Prisma.PrismaClientKnownRequestError) return e.code === 'P2002';
  const cause = (e as { cause?: { code?: string; originalCode?: string } } | null)?.cause;
  return (
    cause?.code === '23505' ||
    cause?.originalCode === '23505' ||
    /duplicate key value violates unique constraint/.test(String((e as Error)?.message))
  );
}

/** The server log gets the error and where it came from, without the client's minified code frames. */
function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e).slice(0, 2000);
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 8);
  return [
    `${e.name}: ${e.message
      .split('\n')
      .filter((l) => l.length < 300)
      .slice(-3)
      .join(' ')}`,
    ...frames,
  ].join('\n');
}
