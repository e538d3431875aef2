import { Role } from '@grassroots/domain';

/** Where a role lands after signing in. */
export function homePath(role: Role): string {
  if (role === Role.TRAINEE) return '/portal';
  if (role === Role.SPONSOR) return '/reports';
  if (role === Role.SUPPORT) return '/sessions';
  if (role === Role.QC_INSPECTOR) return '/qc';
  if (role === Role.AFTERSALES_AGENT) return '/tickets';
  return '/cohorts';
}
