import type { ApolloServerPlugin } from '@apollo/server';
import {
  DEFAULT_MAX_TRAINEES_PER_STAFF,
  ErrorCode,
  MAX_PAGE_SIZE,
  MAX_TEAM_SIZE,
  NOTIFICATION_KINDS,
  PRACTICE_FILES_PER_SUBMISSION,
} from '@grassroots/domain';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from 'graphql';

/**
 * Limits from the security checklist, checked after validation and before any resolver runs. The cost budget
 * is in objects (see {@link measureOperation}), no longer in fields: 2,500 objects lets the admin's largest
 * screens through (100 teams with their members and trainees is 1,601; a trainee's 60 lessons with their
 * attendance 1,861) while a page of 100 rows with one cohort-sized list in each (3,100) or any two nested
 * unpaginated lists under a page is refused.
 */
export const QUERY_LIMITS = { maxDepth: 8, maxCost: 2500, maxAliases: 15, maxDirectives: 50, maxLength: 15_000 };

/**
 * Rows an unpaginated list field is assumed to return, when the schema says a field is a list but it takes no
 * `pageSize`. The default is what a cohort-sized relation holds (a cohort's enrolments, a lesson's attendance
 * sheet, a team's history); smaller figures are for lists that a domain rule or the data keeps short.
 * Keys are `Type.field` of the built schema (a unit test checks that each one exists and is a list).
 */
export const LIST_SIZES: { default: number; fields: Record<string, number> } = {
  default: 30,
  fields: {
    'Team.members': MAX_TEAM_SIZE,
    'Team.trainees': DEFAULT_MAX_TRAINEES_PER_STAFF, // every member supports every trainee of the team
    'Trainee.platformAccounts': 3, // a handful of streaming platforms
    'Product.gateProblems': 4, // one per QC gate rule (live/qc-gate)
    'Program.reportPeriods': 12, // one report a month
    'LiveSession.items': 10, // a run of show
    'Supplier.licences': 5,
    'Submission.files': PRACTICE_FILES_PER_SUBMISSION, // practice videos and scripts (the upload refuses more)
    'StaffWorkload.seats': DEFAULT_MAX_TRAINEES_PER_STAFF,
    'GraduationCheck.results': 5, // one per graduation criterion
    'Program.cohorts': 10, // a program runs a few cohorts (a short class, a long-term one, repeats)
    'Workbench.cards': 15, // the to-do cards of one role (the admin's has 13)
    'Workbench.figures': 20, // 2–4 key figures; a sponsor's two per program
    'AuditEntry.targets': 5, // the records one action touched (an id, a few for bulk actions)
    'Query.notificationChannels': 200, // ADMIN's group robots (the service returns at most 200)
    'Query.notificationPreferences': 2 * NOTIFICATION_KINDS.length, // one per kind and personal channel (SMS, email)
  },
};

export interface QueryMeasure {
  /** Nesting of selection sets below the operation (`{ me { id } }` is 1). */
  depth: number;
  /** Objects the operation can return: each object-typed field is 1, lists multiply it by their size. */
  cost: number;
  aliases: number;
  directives: number;
}

type Variables = Record<string, unknown>;

/**
 * Measures an operation in one pass over the document, in time linear in its size: each fragment is measured
 * once and its figures reused for every spread (never expanded per spread), so a document whose fragments each
 * spread the next twice costs as many steps as it has fragments while its cost grows exponentially (and is
 * refused). Scalars and enums cost nothing; an object costs 1; a list multiplies what it selects by its size:
 * the `pageSize` argument (sent, from a variable or the variable's default, else the argument's default) for
 * paginated fields, {@link LIST_SIZES} for lists without one. Cost is summed over every selection (fragments on
 * different types included), so it never undercounts.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
  listSizes = LIST_SIZES,
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? [])
    if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  const pageTypes = pageTypesOf(schema);
  const memo = new Map<string, QueryMeasure>();

  const sizeOf = (value: ValueNode | undefined, field: GraphQLField<unknown, unknown>): number => {
    if (!value) {
      const d = field.args.find((a) => a.name === 'pageSize')?.defaultValue;
      return typeof d === 'number' ? d : MAX_PAGE_SIZE;
    }
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      const name = value.name.value;
      if (variables[name] === undefined) return sizeOf(defaults.get(name), field);
      const n = variables[name];
      return typeof n === 'number' ? n : MAX_PAGE_SIZE;
    }
    return MAX_PAGE_SIZE; // anything else is refused by validation or the zod schema; count it at the most
  };

  const measureSet = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): QueryMeasure => {
    const m: QueryMeasure = { depth: 0, cost: 0, aliases: 0, directives: 0 };
    for (const sel of set.selections) {
      m.directives += sel.directives?.length ?? 0;
      let child: QueryMeasure;
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) m.aliases++;
        if (!sel.selectionSet) continue; // scalars, enums, __typename
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[sel.name.value] : undefined;
        child = measureSet(sel.selectionSet, field ? getNamedType(field.type) : undefined);
        m.depth = Math.max(m.depth, child.depth + 1);
        let objects = 1 + child.cost;
        if (field) {
          const pageSize = field.args.some((a) => a.name === 'pageSize')
            ? Math.max(1, sizeOf(sel.arguments?.find((a) => a.name.value === 'pageSize')?.value, field))
            : undefined;
          if (isListType(getNullableType(field.type))) {
            // The items of a page are already multiplied by the page field's pageSize.
            const alreadyCounted = parent && pageTypes.has(parent.name);
            const figure = listSizes.fields[`${parent?.name}.${field.name}`] ?? listSizes.default;
            objects *= pageSize ?? (alreadyCounted ? 1 : figure);
          } else if (pageSize !== undefined) {
            objects = 1 + pageSize * child.cost;
          }
        }
        m.cost += objects;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? undefined) : parent;
        child = measureSet(sel.selectionSet, on);
        m.depth = Math.max(m.depth, child.depth);
        m.cost += child.cost;
      } else {
        child = measureFragment(sel.name.value);
        m.depth = Math.max(m.depth, child.depth);
        m.cost += child.cost;
      }
      m.aliases += child.aliases;
      m.directives += child.directives;
    }
    return m;
  };

  const measureFragment = (name: string): QueryMeasure => {
    const known = memo.get(name);
    if (known) return known;
    const frag = fragments.get(name);
    if (!frag) return { depth: 0, cost: 0, aliases: 0, directives: 0 };
    const m = measureSet(frag.selectionSet, schema.getType(frag.typeCondition.name.value) ?? undefined);
    m.directives += frag.directives?.length ?? 0;
    memo.set(name, m);
    return m;
  };

  // Fragments first, each after the fragments it spreads (an explicit stack: a long chain of fragments cannot
  // overflow the call stack), so that measuring a spread is a lookup.
  const onStack = new Set<string>();
  for (const start of fragments.keys()) {
    if (memo.has(start)) continue;
    const stack = [{ name: start, spreads: spreadsIn(fragments.get(start)!.selectionSet), next: 0 }];
    onStack.add(start);
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next < top.spreads.length) {
        const name = top.spreads[top.next++];
        if (memo.has(name) || !fragments.has(name)) continue;
        if (onStack.has(name)) throw limitError(`Fragment ${name} spreads itself`, 'fragments', 0, 0); // validation refuses cycles first
        onStack.add(name);
        stack.push({ name, spreads: spreadsIn(fragments.get(name)!.selectionSet), next: 0 });
      } else {
        stack.pop();
        onStack.delete(top.name);
        measureFragment(top.name);
      }
    }
  }

  const root = schema.getRootType(operation.operation) ?? undefined;
  const m = measureSet(operation.selectionSet, root);
  m.directives += operation.directives?.length ?? 0;
  return m;
}

function spreadsIn(set: SelectionSetNode): string[] {
  const names = new Set<string>();
  visit(set, { FragmentSpread: (s) => void names.add(s.name.value) });
  return [...names];
}

const pageTypeCache = new WeakMap<GraphQLSchema, Set<string>>();

/** Types returned by a field that takes `pageSize` (the `XPage` wrappers): their list is the page. */
function pageTypesOf(schema: GraphQLSchema): Set<string> {
  let set = pageTypeCache.get(schema);
  if (set) return set;
  set = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (
        field.args.some((a) => a.name === 'pageSize') &&
        isCompositeType(named) &&
        !isListType(getNullableType(field.type))
      )
        set.add(named.name);
    }
  }
  pageTypeCache.set(schema, set);
  return set;
}

/** The first limit the measure breaks, as the error the client gets (HTTP 400, BAD_USER_INPUT), or undefined. */
export function checkLimits(m: QueryMeasure, limits = QUERY_LIMITS): GraphQLError | undefined {
  if (m.depth > limits.maxDepth)
    return limitError(`Query depth ${m.depth} exceeds ${limits.maxDepth}`, 'depth', m.depth, limits.maxDepth);
  if (m.aliases > limits.maxAliases)
    return limitError(
      `Query uses ${m.aliases} aliases; at most ${limits.maxAliases}`,
      'aliases',
      m.aliases,
      limits.maxAliases,
    );
  if (m.directives > limits.maxDirectives)
    return limitError(
      `Query uses ${m.directives} directives; at most ${limits.maxDirectives}`,
      'directives',
      m.directives,
      limits.maxDirectives,
    );
  if (!(m.cost <= limits.maxCost))
    return limitError(`Query cost ${formatCost(m.cost)} exceeds ${limits.maxCost}`, 'cost', m.cost, limits.maxCost);
  return undefined;
}

const formatCost = (n: number) => (n < 1e9 ? String(Math.round(n)) : n.toExponential(1));

function limitError(message: string, limit: string, value: number, max: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      limit: { name: limit, max, ...(Number.isFinite(value) ? { value: Math.round(value) } : {}) },
      http: { status: 400 },
    },
  });
}

/** Express middleware for /graphql: refuses over-long query text (POST body or GET query string) before parsing. */
export function queryLengthLimit(maxLength = QUERY_LIMITS.maxLength) {
  return (
    req: { body?: { query?: unknown }; query?: unknown },
    res: { status(n: number): { json(b: unknown): void } },
    next: () => void,
  ) => {
    const fromQueryString = (req.query as { query?: unknown } | undefined)?.query;
    const length = lengthOf(req.body?.query) + lengthOf(fromQueryString);
    if (length > maxLength) {
      res.status(400).json({
        errors: [
          {
            message: `Query is longer than ${maxLength} characters`,
            extensions: { code: ErrorCode.BAD_USER_INPUT, limit: { name: 'length', max: maxLength, value: length } },
          },
        ],
      });
      return;
    }
    next();
  };
}

function lengthOf(q: unknown): number {
  if (typeof q === 'string') return q.length;
  if (Array.isArray(q)) return q.reduce((n: number, x) => n + lengthOf(x), 0);
  if (q && typeof q === 'object') return JSON.stringify(q).length;
  return 0;
}

export function queryLimitsPlugin(limits = QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo refuses a missing operation itself
          const refused = checkLimits(measureOperation(schema, document, operation, request.variables ?? {}), limits);
          if (refused) throw refused;
        },
      };
    },
  };
}
