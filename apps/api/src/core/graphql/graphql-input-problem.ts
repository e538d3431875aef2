import type { MessageCode, MessageParams } from '@grassroots/domain';

/**
 * GraphQL's own refusals of a document or of variables (graphql-js's English: "Cannot query field …", "Variable "$i"
 * got invalid value …") as a message code of the shared catalog whose params name the offending field, argument or
 * variable — never the value sent (graphql-js quotes it; only names, which match the schema's identifiers, are kept).
 * Null when the text is none of these: the caller says `common.invalidInput`.
 */
export function graphqlInputProblem(message: string): { code: MessageCode; params: MessageParams } | null {
  let m = /^Cannot query field "(\w+)" on type "(\w+)"/.exec(message);
  if (m) return { code: 'common.graphql.unknownField', params: { field: m[1]!, type: m[2]! } };
  m = /^Unknown argument "(\w+)" on field "([\w.]+)"/.exec(message);
  if (m) return { code: 'common.graphql.unknownArgument', params: { argument: m[1]!, field: m[2]! } };
  m =
    /^Variable "\$(\w+)" (?:of required type "[\w![\]]+" was not provided|of non-null type "[\w![\]]+" must not be null)/.exec(
      message,
    );
  if (m) return { code: 'common.graphql.missingValue', params: { field: m[1]!, variable: m[1]! } };
  m = /^Field "[\w.]+" argument "(\w+)" of type "[\w![\]]+" is required/.exec(message);
  if (m) return { code: 'common.graphql.missingValue', params: { field: m[1]! } };
  m = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (m) return variableProblem(m[1]!, message);
  return null;
}

/**
 * "Variable "$i" got invalid value <value> at "i.name"; <why>": the position comes from the last ` at "…"; ` before
 * the reason (graphql-js writes it after the value), and only when it is a path of names and indexes.
 */
function variableProblem(variable: string, message: string): { code: MessageCode; params: MessageParams } {
  const at = [...message.matchAll(/ at "\$?([\w.[\]]+)"; /g)].at(-1);
  const path = at && at[1]!.startsWith(variable) ? at[1]!.slice(variable.length).replace(/^\./, '') : '';
  const why = at ? message.slice(at.index! + at[0].length) : message.slice(message.lastIndexOf('; ') + 2);
  const join = (name: string) => (path ? `${path}.${name}` : name);
  const field = (name?: string) => (name ? join(name) : path || variable);
  let m = /^Field "(\w+)" is not defined by type "(\w+)"/.exec(why);
  if (m) return { code: 'common.graphql.unknownField', params: { field: field(m[1]), type: m[2]!, variable } };
  m = /^Field "(\w+)" of required type "[\w![\]]+" was not provided/.exec(why);
  if (m) return { code: 'common.graphql.missingValue', params: { field: field(m[1]), variable } };
  if (/^Expected non-nullable type "[\w![\]]+" not to be null/.test(why))
    return { code: 'common.graphql.missingValue', params: { field: field(), variable } };
  const type =
    /^(\w+) cannot represent/.exec(why)?.[1] ??
    /does not exist in "(\w+)" enum/.exec(why)?.[1] ??
    /^Expected type "(\w+)"/.exec(why)?.[1];
  return { code: 'common.graphql.invalidValue', params: { field: field(), variable, ...(type ? { type } : {}) } };
}
