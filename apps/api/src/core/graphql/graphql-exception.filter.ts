import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * GraphQL errors are translated in one place, formatError; this filter hands them to Apollo untouched
 * (Nest would otherwise log every expected DomainError as an unhandled exception). HTTP keeps Nest's default.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
