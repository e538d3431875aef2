import { DomainError, englishText, type FieldError, isMessageCode, msg } from '../errors';
import { type IssueLike, issueRef } from '../messages/issue';
import type { z } from './z';

/**
 * Turns zod issues into the field errors of the one error vocabulary. The schemas' messages are message codes
 * (`'common.nameRequired'`); an issue zod worded itself (a limit no schema named) gets `common.invalidInput` with
 * zod's English as its text.
 */
export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.') || '_', ...issueMessage(i) }));
}

/**
 * The message of a zod issue: its code's English text when the schema set a code (with the issue's limit as `min` or
 * `max`, e.g. "At most {{max}} characters"), zod's English otherwise.
 */
export function issueMessage(issue: IssueLike): Pick<FieldError, 'code' | 'params' | 'message'> {
  if (!isMessageCode(issue.message)) return { code: 'common.invalidInput', message: issue.message };
  const { params } = issueRef(issue);
  return params
    ? { code: issue.message, params, message: englishText(issue.message, params) }
    : { code: issue.message, message: englishText(issue.message) };
}

/** Parses or throws a BAD_USER_INPUT DomainError listing every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw DomainError.badInput(zodFieldErrors(r.error));
  return r.data;
}

/**
 * Field errors for every string holding a NUL character, anywhere in an input (the database cannot store one, and
 * no legitimate text has one). `path` names the argument when the value is not an object.
 */
export function nulFieldErrors(value: unknown, path: string[] = []): FieldError[] {
  if (typeof value === 'string')
    return value.includes('\u0000') ? [{ field: path.join('.') || '_', ...msg('common.containsNulCharacter') }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulFieldErrors(v, [...path, String(i)]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(k.includes('\u0000') ? [{ field: [...path, k].join('.'), ...msg('common.containsNulCharacter') }] : []),
      ...nulFieldErrors(v, [...path, k]),
    ]);
  }
  return [];
}
