import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FormInstance, Rule } from 'antd/es/form';
import type { z } from 'zod';

/**
 * An antd rule that runs one field's zod schema from @grassroots/domain, so the form says what the API would.
 * A field the schema refuses to leave empty is marked required (antd's mark beside its label), so every form
 * marks its required fields the same way, from the same rule the API applies.
 */
export function zodRule(schema: z.ZodType, tv: (m: string) => string): Rule {
  return {
    required: !schema.safeParse(undefined).success,
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

/** A server field name (`items.0.gmv`) as an antd name path (`['items', 0, 'gmv']`). */
const namePath = (field: string) => field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
const pathKey = (path: (string | number)[]) => path.join('.');

/**
 * Puts the API's field errors beside the fields of the form (BAD_USER_INPUT and CONFLICT both carry them).
 * An error goes beside a field only when the form renders a Form.Item for exactly that name: an error on a
 * list (`items`: "product sales add up to more than the GMV"), on a field the form does not show, or on a
 * field with no item of its own is returned in `fields`, and kept for `<FormProblems>` at the top of the form.
 * Returns the problem so that the caller can show what is not tied to a field.
 */
export function applyServerErrors(
  form: FormInstance,
  error: unknown,
  tv: (m: string) => string,
): ServerProblem & { applied: number } {
  const problem = problemOf(error);
  const rendered = new Set(
    form
      .getFieldsError()
      // A Form.List registers its name too, but shows no errors of its own: its value is the array of rows.
      .filter((f) => !Array.isArray(form.getFieldValue(f.name)))
      .map((f) => pathKey(f.name)),
  );
  const onFields = problem.fields.filter((f) => rendered.has(pathKey(namePath(f.field))));
  form.setFields(onFields.map((f) => ({ name: namePath(f.field), errors: [tv(f.message)] })));
  const rest = problem.fields.filter((f) => !onFields.includes(f));
  publishFormProblems(
    form,
    rest.map((f) => tv(f.message)),
  );
  return { ...problem, fields: rest, applied: onFields.length };
}

type Listener = () => void;
const formProblems = new WeakMap<FormInstance, { messages: string[]; listeners: Set<Listener> }>();
function entry(form: FormInstance) {
  let e = formProblems.get(form);
  if (!e) formProblems.set(form, (e = { messages: [], listeners: new Set() }));
  return e;
}

/** The server's field errors that have no field to stand beside in this form (cleared on the next save). */
export function publishFormProblems(form: FormInstance, messages: string[]): void {
  const e = entry(form);
  e.messages = messages;
  e.listeners.forEach((l) => l());
}

export function subscribeFormProblems(form: FormInstance, listener: Listener): () => void {
  const e = entry(form);
  e.listeners.add(listener);
  return () => e.listeners.delete(listener);
}

export const formProblemsOf = (form: FormInstance): string[] => entry(form).messages;
