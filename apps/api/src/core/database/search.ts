import type { PhoneMatch } from '@grassroots/domain';

/**
 * Prisma turns contains/startsWith/endsWith into LIKE without escaping the term, so a searched `%` or `_` would
 * be a wildcard. Every search goes through these helpers, which match the term literally.
 */
export const likeLiteral = (term: string): string => term.replace(/[\\%_]/g, (c) => `\\${c}`);

const mode = (insensitive: boolean) => (insensitive ? { mode: 'insensitive' as const } : {});

export const contains = (term: string, insensitive = true) => ({ contains: likeLiteral(term), ...mode(insensitive) });
export const startsWith = (term: string, insensitive = true) => ({
  startsWith: likeLiteral(term),
  ...mode(insensitive),
});
export const endsWith = (term: string, insensitive = true) => ({ endsWith: likeLiteral(term), ...mode(insensitive) });

/** A domain match rule (what a role may match on a phone number or a name) as a Prisma string filter. */
export function stringMatch(m: PhoneMatch | { startsWith: string }, insensitive = false) {
  if ('contains' in m) return contains(m.contains, insensitive);
  return {
    ...(m.startsWith !== undefined ? { startsWith: likeLiteral(m.startsWith) } : {}),
    ...('endsWith' in m ? { endsWith: likeLiteral(m.endsWith) } : {}),
    ...mode(insensitive),
  };
}
