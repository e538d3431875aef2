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

import { type Message, type MessageCode, msg } from './messages/catalog';
export {
  englishText,
  isMessageCode,
  LIST_SEPARATORS,
  type ListSeparators,
  type Message,
  type MessageCode,
  type MessageParam,
  type MessageParams,
  type MessageRef,
  msg,
  ref,
  renderMessage,
  type Translate,
} from './messages/catalog';
export { type IssueLike, issueRef } from './messages/issue';
export { statusLabel } from './messages/labels';

/**
 * One problem with one input field; `field` is a dotted path relative to the mutation's input. Like the error
 * itself it carries a message `code` with `params` (translated by the admin) and the English `message`.
 */
export type FieldError = { field: string } & Message;

/** What `DomainError.notFound` can say is missing, with the code of its message. */
const NOT_FOUND = {
  Assignment: 'notFound.assignment',
  Cohort: 'notFound.cohort',
  'Current team of this trainee': 'notFound.currentTeamOfThisTrainee',
  Enrolment: 'notFound.enrolment',
  'Failed delivery': 'notFound.failedDelivery',
  Job: 'notFound.job',
  Lesson: 'notFound.lesson',
  'Live session': 'notFound.liveSession',
  Notification: 'notFound.notification',
  Product: 'notFound.product',
  Program: 'notFound.program',
  Report: 'notFound.report',
  Robot: 'notFound.robot',
  Sponsor: 'notFound.sponsor',
  Submission: 'notFound.submission',
  Supplier: 'notFound.supplier',
  Team: 'notFound.team',
  Ticket: 'notFound.ticket',
  'Trainee in this cohort': 'notFound.traineeInThisCohort',
  Trainee: 'notFound.trainee',
  User: 'notFound.user',
  'Streamer with a team': 'notFound.streamerWithATeam',
} as const satisfies Record<string, MessageCode>;
export type NotFoundSubject = keyof typeof NOT_FOUND;

/**
 * An error the user can act on. `messageCode` and `params` say what happened in words any catalog can translate
 * (sent as `extensions.messageCode` / `extensions.params`); `message` is the English text, a fallback only.
 */
export class DomainError extends Error {
  readonly messageCode: MessageCode;
  readonly params?: Message['params'];
  constructor(
    readonly code: ErrorCode,
    message: Message,
    readonly fields: FieldError[] = [],
    /** Seconds until a refused attempt may be repeated (TOO_MANY_REQUESTS). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message.message);
    this.name = 'DomainError';
    this.messageCode = message.code;
    if (message.params) this.params = message.params;
  }

  static badInput(fields: FieldError[], message: Message = msg('common.invalidInput')): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, fields);
  }
  static field(field: string, message: Message): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, [{ field, ...message }]);
  }
  static notFound(what: NotFoundSubject): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, msg(NOT_FOUND[what]));
  }
  static conflict(message: Message, fields: FieldError[] = []): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, fields);
  }
  static forbidden(message: Message = msg('common.forbidden')): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }
  static tooManyRequests(retryAfterSeconds: number, message: Message): DomainError {
    return new DomainError(ErrorCode.TOO_MANY_REQUESTS, message, [], retryAfterSeconds);
  }
  static unauthenticated(message: Message = msg('auth.signInFirst')): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }
}
