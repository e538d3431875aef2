import { DomainError } from '@grassroots/domain';
import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * GraphQL errors are translated in one place, formatError; this filter hands them to Apollo untouched
 * (Nest would otherwise log every expected DomainError as an unhandled exception). On HTTP routes (uploads,
 * exports) a DomainError becomes its status with the same body shape: { code, message, messageCode, params, fields }.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    if (exception instanceof DomainError && HTTP_STATUS[exception.code]) {
      const res = host.switchToHttp().getResponse<Response>();
      res.status(HTTP_STATUS[exception.code]).json({
        code: exception.code,
        message: exception.message,
        messageCode: exception.messageCode,
        ...(exception.params ? { params: exception.params } : {}),
        fields: exception.fields,
      });
      return;
    }
    return super.catch(exception, host);
  }
}
