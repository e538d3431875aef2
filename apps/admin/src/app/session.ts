import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** The first error of a GraphQL answer, as the API's error vocabulary states it. */
export interface GraphQLProblem {
  code?: string;
  message: string;
  /** TOO_MANY_REQUESTS: seconds until the next attempt is accepted. */
  retryAfter?: number;
}

/**
 * Sends one operation with `fetch`, for the session operations the sign-in page needs (Me, Login, Logout): the
 * Apollo Client and its cache load with the signed-in shell, not before (issue 12). Throws on a network failure.
 */
export async function requestGraphQL<R, V>(
  document: TypedDocumentNode<R, V>,
  variables?: V,
): Promise<{ data?: R | null; problem?: GraphQLProblem }> {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as {
    data?: R | null;
    errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[];
  };
  const e = body.errors?.[0];
  return {
    data: body.data,
    problem: e && { code: e.extensions?.code, message: e.message, retryAfter: e.extensions?.retryAfter },
  };
}
