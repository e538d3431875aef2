import type { MessageParams } from './render';

/** What a zod issue carries that a message can say: its limits (`{{min}}`, `{{max}}`) and a refinement's params. */
export interface IssueLike {
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  params?: Record<string, unknown>;
}

/**
 * A zod issue as a message reference: the schema's message is the code, the issue's limit its `min` or `max` and a
 * refinement's params the rest. No catalog is loaded here (the admin renders it with its own; the API's
 * `issueMessage` adds the English text).
 */
export function issueRef(issue: IssueLike): { code: string; params?: MessageParams } {
  const params: MessageParams = {};
  if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint') params.min = Number(issue.minimum);
  if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint') params.max = Number(issue.maximum);
  for (const [k, v] of Object.entries(issue.params ?? {}))
    if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  return Object.keys(params).length ? { code: issue.message, params } : { code: issue.message };
}
