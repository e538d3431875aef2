import fs from 'node:fs';
import path from 'node:path';

import { MAX_PAGE_SIZE } from '@grassroots/domain';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  visit,
} from 'graphql';

export const ADMIN_SRC = path.join(__dirname, '..', '..', 'apps', 'admin', 'src');

export interface AdminOperation {
  name: string;
  file: string;
  operation: OperationDefinitionNode;
  /** The operation with the fragments it spreads (from any admin file), as the admin sends it. */
  document: DocumentNode;
  /** Every `pageSize` variable at the largest page size. */
  variables: Record<string, number>;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p === path.join(ADMIN_SRC, 'gql') ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

/**
 * Every operation the admin ships, read from the same sources codegen reads (`graphql(\`…\`)` in
 * `apps/admin/src/**\/*.{ts,tsx}`, generated `src/gql` excluded), with every `pageSize` variable set to
 * {@link MAX_PAGE_SIZE}, the largest page the admin's tables offer. A literal `pageSize` (a calendar's 62 days, a
 * portal's 5 latest sessions) is what that screen always sends, so it stays as written.
 */
export function adminOperations(): AdminOperation[] {
  const operations: { op: OperationDefinitionNode; file: string }[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const file of sourceFiles(ADMIN_SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)) {
      for (const d of parse(match[1]).definitions) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
        else if (d.kind === Kind.OPERATION_DEFINITION) operations.push({ op: d, file: path.relative(ADMIN_SRC, file) });
      }
    }
  }
  return operations.map(({ op, file }) => {
    const needed = new Set<string>();
    const collect = (node: unknown) =>
      visit(node as DocumentNode, {
        FragmentSpread: (s) => {
          if (needed.has(s.name.value)) return;
          needed.add(s.name.value);
          const f = fragments.get(s.name.value);
          if (!f) throw new Error(`${file}: fragment ${s.name.value} is not defined in the admin sources`);
          collect(f);
        },
      });
    collect(op);
    const variables: Record<string, number> = {};
    for (const v of op.variableDefinitions ?? [])
      if (/pageSize/i.test(v.variable.name.value)) variables[v.variable.name.value] = MAX_PAGE_SIZE;
    return {
      name: op.name?.value ?? '(anonymous)',
      file,
      operation: op,
      document: { kind: Kind.DOCUMENT, definitions: [op, ...[...needed].map((n) => fragments.get(n)!)] },
      variables,
    };
  });
}

/** Names of the operations codegen generated from the admin sources (`export const XDocument`). */
export function generatedOperationNames(): string[] {
  const generated = fs.readFileSync(path.join(ADMIN_SRC, 'gql', 'graphql.ts'), 'utf8');
  return [
    ...generated.matchAll(/"kind":"OperationDefinition","operation":"\w+","name":\{"kind":"Name","value":"(\w+)"\}/g),
  ].map((m) => m[1]);
}
