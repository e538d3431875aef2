import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, ErrorCode } from '@grassroots/domain';

/** Limits from the security checklist, checked before any resolver runs. */
export const QUERY_LIMITS = { maxDepth: 8, maxCost: 1000, maxAliases: 15, maxDirectives: 50, maxLength: 15_000 };

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
}

/**
 * Cost: each field costs 1; a field taking `pageSize` multiplies what it selects by that size (lists multiply).
 * Fragments are expanded; cycles are impossible because GraphQL validation rejects them first.
 */
function measure(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  depth: number,
): Measure {
  const m: Measure = { depth, cost: 0, aliases: 0, directives: 0 };
  for (const sel of set.selections) {
    m.directives += sel.directives?.length ?? 0;
    let child: Measure | undefined;
    let multiplier = 1;
    if (sel.kind === Kind.FIELD) {
      if (sel.alias) m.aliases++;
      m.cost += 1;
      const size = sel.arguments?.find((a) => a.name.value === 'pageSize');
      if (size) multiplier = Math.max(1, numberOf(size.value, variables) ?? DEFAULT_PAGE_SIZE);
      else if (sel.arguments?.some((a) => a.name.value === 'page')) multiplier = DEFAULT_PAGE_SIZE;
      if (sel.selectionSet) child = measure(sel.selectionSet, fragments, variables, depth + 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      child = measure(sel.selectionSet, fragments, variables, depth);
    } else {
      const frag = fragments[sel.name.value];
      if (frag) child = measure(frag.selectionSet, fragments, variables, depth);
    }
    if (child) {
      m.depth = Math.max(m.depth, child.depth);
      m.cost += child.cost * multiplier;
      m.aliases += child.aliases;
      m.directives += child.directives;
    }
  }
  return m;
}

function numberOf(v: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.VARIABLE) {
    const n = variables[v.name.value];
    return typeof n === 'number' ? n : undefined;
  }
  return undefined;
}

const reject = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });

/** Express middleware for /graphql: refuses over-long query text before Apollo parses it. */
export function queryLengthLimit(maxLength = QUERY_LIMITS.maxLength) {
  return (req: { body?: { query?: unknown } }, res: { status(n: number): { json(b: unknown): void } }, next: () => void) => {
    const q = req.body?.query;
    if (typeof q === 'string' && q.length > maxLength) {
      res.status(400).json({ errors: [{ message: `Query is longer than ${maxLength} characters`, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
      return;
    }
    next();
  };
}

export function queryLimitsPlugin(limits = QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request: req }) {
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const op = operation as OperationDefinitionNode;
          const m = measure(op.selectionSet, fragments, req.variables ?? {}, 0);
          m.directives += op.directives?.length ?? 0;
          if (m.depth > limits.maxDepth) throw reject(`Query depth ${m.depth} exceeds ${limits.maxDepth}`);
          if (m.aliases > limits.maxAliases) throw reject(`Query uses ${m.aliases} aliases; at most ${limits.maxAliases}`);
          if (m.directives > limits.maxDirectives) throw reject(`Query uses ${m.directives} directives; at most ${limits.maxDirectives}`);
          if (m.cost > limits.maxCost) throw reject(`Query cost ${m.cost} exceeds ${limits.maxCost}`);
        },
      };
    },
  };
}
