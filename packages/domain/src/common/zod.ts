import type { z } from './z';
import { DomainError, type FieldError } from '../errors';

/** Turns zod issues into the field errors of the one error vocabulary. */
export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.') || '_', message: i.message }));
}

/** Parses or throws a BAD_USER_INPUT DomainError listing every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw DomainError.badInput(zodFieldErrors(r.error));
  return r.data;
}
