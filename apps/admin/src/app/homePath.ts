/** Where every role lands after signing in: their workbench (issue 14). */
export function homePath(): string {
  return '/workbench';
}
