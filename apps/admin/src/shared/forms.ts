import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { issueRef } from '@grassroots/domain';
import type { FormInstance, Rule } from 'antd/es/form';
import type { z } from 'zod';

import type { Said } from '../app/i18n';

/** The admin's translator of server messages (`useI18n().tv`). */
type Tv = (message: Said) => string;

/**
 * An antd rule that runs one field's zod schema from @grassroots/domain, so the form says what the API would.
 * A field the schema refuses to leave empty is marked required (antd's mark beside its label), so every form
 * marks its required fields the same way, from the same rule the API applies.
 */
export function zodRule(schema: z.ZodType, tv: Tv): Rule {
  return {
    required: !schema.safeParse(undefined).success,
    validator: async (_rule, value) => {
      const r = schema.safeParse(value === '' ? undefined : value);
      const issue = r.success ? undefined : r.error.issues[0];
      // A schema's message is a message code; the issue's limit fills its {{min}} / {{max}}.
      if (issue) throw new Error(tv({ ...issueRef(issue), message: issue.message }));
      if (!r.success) throw new Error(tv({ code: 'common.invalidInput', message: 'Invalid input' }));
    },
  };
}

/** A field error as the API sends it: the field, a message code with params, and the English text. */
export interface ServerFieldError {
  field: string;
  code?: string;
  params?: unknown;
  message: string;
}

export interface ServerProblem {
  /** BAD_USER_INPUT, CONFLICT, … */
  code?: string;
  /** What happened, as a code of the shared message catalog with its params (`message` is the English text). */
  messageCode?: string;
  params?: unknown;
  message: string;
  fields: ServerFieldError[];
  /** Seconds until a refused attempt may be repeated (TOO_MANY_REQUESTS). */
  retryAfter?: number;
}

export function problemOf(error: unknown): ServerProblem {
  if (CombinedGraphQLErrors.is(error) && error.errors[0]) {
    const e = error.errors[0];
    return {
      code: e.extensions?.code as string | undefined,
      messageCode: e.extensions?.messageCode as string | undefined,
      params: e.extensions?.params,
      message: e.message,
      fields: (e.extensions?.fields as ServerProblem['fields']) ?? [],
      retryAfter: e.extensions?.retryAfter as number | undefined,
    };
  }
  // A refusal of an upload or download (shared/upload.ts) carries the same message code, params and fields.
  const said = (error ?? {}) as Partial<Pick<ServerProblem, 'messageCode' | 'params' | 'fields'>>;
  return {
    messageCode: said.messageCode,
    params: said.params,
    message: error instanceof Error ? error.message : String(error),
    fields: said.fields ?? [],
  };
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
export function applyServerErrors(form: FormInstance, error: unknown, tv: Tv): ServerProblem & { applied: number } {
  const problem = problemOf(error);
  const rendered = new Set(
    form
      .getFieldsError()
      // A Form.List registers its name too, but shows no errors of its own: its value is the array of rows.
      .filter((f) => !Array.isArray(form.getFieldValue(f.name)))
      .map((f) => pathKey(f.name)),
  );
  const onFields = problem.fields.filter((f) => rendered.has(pathKey(namePath(f.field))));
  form.setFields(onFields.map((f) => ({ name: namePath(f.field), errors: [tv(f)] })));
  const rest = problem.fields.filter((f) => !onFields.includes(f));
  publishFormProblems(
    form,
    rest.map((f) => tv(f)),
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
