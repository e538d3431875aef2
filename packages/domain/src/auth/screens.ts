import { allows, type OperationName, OPERATIONS, Permission, type Policy } from './permissions';
import { Role } from './roles';

/** One page of the admin that the menu can offer, and what it loads when it opens. */
export interface Screen {
  /** The route, and the prefix of its detail routes (`/programs` covers `/programs/:id`). */
  path: string;
  /** The root operations the page sends on opening; each one's policy is read from {@link OPERATIONS}. */
  operations: readonly OperationName[];
  /** Guarded fields its list shows, with the policy their field resolver declares (e.g. a program's sponsor). */
  fields?: Readonly<Record<string, Policy>>;
  /** Roles that may load it but have their own page for it instead (a trainee's portal, a sponsor's reports). */
  elsewhereFor?: readonly Role[];
  /** Only these roles (the trainee portal). */
  onlyFor?: readonly Role[];
}

/**
 * The admin's pages in menu order. Menu items and routes are derived from this and the API's policy table, so
 * a role is never offered a page whose data the API would refuse (SUPPORT saw 项目, then an empty list:
 * the list shows each program's sponsor, which SUPPORT may not read). `tests/api/screens.test.ts` loads every
 * screen as every role it is offered to and fails on any refusal.
 */
export const SCREENS = [
  { path: '/workbench', operations: ['workbench'] },
  { path: '/portal', operations: ['myTrainee'], onlyFor: [Role.TRAINEE] },
  { path: '/sponsors', operations: ['sponsors'], elsewhereFor: [Role.SPONSOR] },
  {
    path: '/programs',
    operations: ['programs'],
    fields: { 'Program.sponsor': Permission.SPONSORS_READ },
    elsewhereFor: [Role.TRAINEE],
  },
  { path: '/cohorts', operations: ['cohorts', 'programs'], elsewhereFor: [Role.TRAINEE] },
  { path: '/lessons', operations: ['lessons', 'cohorts'], elsewhereFor: [Role.TRAINEE] },
  { path: '/assignments', operations: ['submissions', 'cohorts'], elsewhereFor: [Role.TRAINEE] },
  { path: '/trainees', operations: ['trainees'], elsewhereFor: [Role.TRAINEE] },
  { path: '/teams', operations: ['teams', 'cohorts'], elsewhereFor: [Role.TRAINEE] },
  { path: '/sessions', operations: ['liveSessions', 'sessionDays', 'teams', 'cohorts'], elsewhereFor: [Role.TRAINEE] },
  { path: '/products', operations: ['products'], elsewhereFor: [Role.TRAINEE] },
  { path: '/suppliers', operations: ['suppliers'] },
  { path: '/qc', operations: ['qcTasks', 'inspections'] },
  { path: '/tickets', operations: ['tickets'], elsewhereFor: [Role.TRAINEE] },
  { path: '/reports', operations: ['sponsorReports'] },
  { path: '/users', operations: ['users'] },
  { path: '/audit', operations: ['auditLog', 'users'] },
  { path: '/notifications/channels', operations: ['notificationChannels'] },
  { path: '/notifications/dead-letters', operations: ['deadLetters'] },
] as const satisfies readonly Screen[];

export type ScreenPath = (typeof SCREENS)[number]['path'];

/** Whether `role` is offered `screen`: every operation and guarded field it loads is allowed to that role. */
export function canOpenScreen(screen: Screen, role: Role | null | undefined): boolean {
  if (!role) return false;
  if (screen.onlyFor && !screen.onlyFor.includes(role)) return false;
  if (screen.elsewhereFor?.includes(role)) return false;
  const policies: Policy[] = [...screen.operations.map((op) => OPERATIONS[op]), ...Object.values(screen.fields ?? {})];
  return policies.every((p) => allows(p, role));
}

/** The screen a path belongs to (`/programs/abc` → `/programs`), or undefined for pages outside the menu. */
export function screenOf(pathname: string): Screen | undefined {
  return (SCREENS as readonly Screen[]).find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`));
}
