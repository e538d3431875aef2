/**
 * The one error vocabulary of Grassroots. The API translates a DomainError into a GraphQL error whose
 * `extensions.code` is the code below and whose `extensions.fields` lists field-level problems.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** Too many attempts; `extensions.retryAfter` says in how many seconds to try again. */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One problem with one input field; `field` is a dotted path relative to the mutation's input. */
export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    /** Seconds until a refused attempt may be repeated (TOO_MANY_REQUESTS). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(fields: FieldError[], message = 'Invalid input'): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, fields);
  }
  static field(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, [{ field, message }]);
  }
  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
  }
  static conflict(message: string, fields: FieldError[] = []): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, fields);
  }
  static forbidden(message = 'You are not allowed to do this'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }
  static tooManyRequests(retryAfterSeconds: number, message: string): DomainError {
    return new DomainError(ErrorCode.TOO_MANY_REQUESTS, message, [], retryAfterSeconds);
  }
  static unauthenticated(message = 'Sign in first'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }
}
