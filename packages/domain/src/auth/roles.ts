export const Role = {
  ADMIN: 'ADMIN',
  COORDINATOR: 'COORDINATOR',
  SUPPORT: 'SUPPORT',
  QC_INSPECTOR: 'QC_INSPECTOR',
  AFTERSALES_AGENT: 'AFTERSALES_AGENT',
  TRAINEE: 'TRAINEE',
  SPONSOR: 'SPONSOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/** Staff of the MCN: everyone who is neither a trainee nor a sponsor. */
export const STAFF_ROLES: readonly Role[] = [
  Role.ADMIN,
  Role.COORDINATOR,
  Role.SUPPORT,
  Role.QC_INSPECTOR,
  Role.AFTERSALES_AGENT,
];
export const isStaff = (role: Role): boolean => STAFF_ROLES.includes(role);
