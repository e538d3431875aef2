import type { FormInstance, Rule } from 'antd/es/form';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { z } from 'zod';

/** An antd rule that runs one field's zod schema from @grassroots/domain, so the form says what the API would. */
export function zodRule(schema: z.ZodType, tv: (m: string) => string): Rule {
  return {
    validator: async (_rule, value) => {
      const r = schema.safeParse(value === '' ? undefined : value);
      if (!r.success) throw new Error(tv(r.error.issues[0]?.message ?? 'Invalid input'));
    },
  };
}

export interface ServerProblem {
  code?: string;
  message: string;
  fields: { field: string; message: string }[];
  /** Seconds until a refused attempt may be repeated (TOO_MANY_REQUESTS). */
  retryAfter?: number;
}

export function problemOf(error: unknown): ServerProblem {
  if (CombinedGraphQLErrors.is(error) && error.errors[0]) {
    const e = error.errors[0];
    return {
      code: e.extensions?.code as string | undefined,
      message: e.message,
      fields: (e.extensions?.fields as ServerProblem['fields']) ?? [],
      retryAfter: e.extensions?.retryAfter as number | undefined,
    };
  }
  return { message: error instanceof Error ? error.message : String(error), fields: [] };
}

/**
 * Puts the API's field errors beside the fields of the form (BAD_USER_INPUT and CONFLICT both carry them).
 * Returns the problem so that the caller can show what is not tied to a field.
 */
export function applyServerErrors(form: FormInstance, error: unknown, tv: (m: string) => string): ServerProblem & { applied: number } {
  const problem = problemOf(error);
  const known = new Set(Object.keys(form.getFieldsValue(true)));
  const onFields = problem.fields.filter((f) => known.has(f.field.split('.')[0]));
  form.setFields(onFields.map((f) => ({ name: f.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [tv(f.message)] })));
  return { ...problem, fields: problem.fields.filter((f) => !onFields.includes(f)), applied: onFields.length };
}
