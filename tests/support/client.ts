import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** A GraphQL-over-HTTP client with its own cookie jar: one per signed-in user in a test. */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    /** What happened, as a code of the shared message catalog, with its params (`message` is the English text). */
    messageCode?: string;
    params?: Record<string, unknown>;
    fields?: { field: string; code?: string; params?: Record<string, unknown>; message: string }[];
  };
}
export interface GqlResponse<T = any> {
  data?: T;
  errors?: GqlError[];
  status: number;
  headers: Headers;
}

export type Variables = Record<string, unknown>;
/** The variables argument: required when the operation declares a required variable, else optional. */
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/**
 * A result as a test reads it: without `null` in its type. A test reads what it asked for and fails at run time on an
 * unexpected null; `toBeNull()` still checks a null on purpose, and no nullable step needs a `!`.
 */
export type Data<T> = 0 extends 1 & T
  ? T // any (a JSON scalar) stays any
  : T extends (infer U)[]
    ? Data<U>[]
    : T extends object
      ? { [K in keyof T]: Data<NonNullable<T[K]>> }
      : T;

const printed = new WeakMap<TypedDocumentNode<any, any>, string>();
/** The query text of a document, printed once per document. */
export function documentText(document: string | TypedDocumentNode<any, any>): string {
  if (typeof document === 'string') return document;
  let query = printed.get(document);
  if (query === undefined) {
    query = print(document);
    printed.set(document, query);
  }
  return query;
}

/**
 * Requests take a typed document, `graphql(\`query Name … \`)` from `tests/gql` (regenerate with
 * `npm -w @grassroots/tests run codegen`), whose data and variables types are inferred. A plain string is for the few
 * tests that send what the schema does not allow (malformed, unknown fields, wrong variables): its data is `any`.
 */
export class GqlClient {
  cookie = '';
  constructor(readonly baseUrl: string) {}

  request<R, V extends Variables>(
    document: TypedDocumentNode<R, V>,
    ...args: [...VariablesArg<V>, init?: { headers?: Record<string, string> }]
  ): Promise<GqlResponse<Data<R>>>;
  request<T = any>(
    query: string,
    variables?: Variables,
    init?: { headers?: Record<string, string> },
  ): Promise<GqlResponse<T>>;
  async request<T>(
    document: string | TypedDocumentNode<T, Variables>,
    variables?: Variables,
    init: { headers?: Record<string, string> } = {},
  ): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...init.headers },
      body: JSON.stringify({ query: documentText(document), variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const body = (await res.json()) as { data?: T; errors?: GqlError[] };
    return { ...body, status: res.status, headers: res.headers };
  }

  /** Runs a request and fails the test on any GraphQL error. */
  ok<R, V extends Variables>(document: TypedDocumentNode<R, V>, ...args: VariablesArg<V>): Promise<Data<R>>;
  ok<T = any>(query: string, variables?: Variables): Promise<T>;
  async ok<T>(document: string | TypedDocumentNode<T, Variables>, variables?: Variables): Promise<T> {
    const r = await this.request<T>(documentText(document), variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  /** `headers` e.g. `{ 'x-forwarded-for': '203.0.113.7' }`: the app trusts it from loopback, as from a local proxy. */
  async login(email: string, password: string, headers?: Record<string, string>): Promise<GqlResponse> {
    return this.request(
      `mutation Login($input: LoginInput!) { login(input: $input) { user { id role } } }`,
      { input: { email, password } },
      { headers },
    );
  }
}

export const codeOf = (r: GqlResponse): string | undefined => r.errors?.[0]?.extensions?.code;
export const fieldsOf = (r: GqlResponse): string[] =>
  (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field).sort();
