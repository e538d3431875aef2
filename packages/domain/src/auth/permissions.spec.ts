import { allows, AUTHENTICATED, can, OPERATIONS, Permission, PUBLIC, ROLE_PERMISSIONS } from './permissions';
import { ROLES } from './roles';

describe('permission matrix', () => {
  it('gives every role an entry and only known permissions', () => {
    const known = new Set(Object.values(Permission));
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(known.has(p)).toBe(true);
  });

  it('keeps sponsors read-only except for reviewing the reports made for them', () => {
    expect(ROLE_PERMISSIONS.SPONSOR.filter((p) => !p.endsWith('.read'))).toEqual([Permission.REPORTS_REVIEW]);
  });

  it('leaves accepting a report to the sponsor alone (not even ADMIN)', () => {
    expect((Object.keys(ROLE_PERMISSIONS) as (keyof typeof ROLE_PERMISSIONS)[]).filter((r) => ROLE_PERMISSIONS[r].includes(Permission.REPORTS_REVIEW))).toEqual(['SPONSOR']);
  });

  it('lets only ADMIN and COORDINATOR see national ID numbers', () => {
    expect(ROLES.filter((r) => can(r, Permission.TRAINEES_READ_PII))).toEqual(['ADMIN', 'COORDINATOR']);
  });

  it('lets only ADMIN manage users', () => {
    expect(ROLES.filter((r) => can(r, Permission.USERS_MANAGE))).toEqual(['ADMIN']);
  });

  it('refuses anonymous callers everything but public operations', () => {
    expect(allows(PUBLIC, null)).toBe(true);
    expect(allows(AUTHENTICATED, null)).toBe(false);
    expect(allows(Permission.COHORTS_READ, undefined)).toBe(false);
    expect(allows(AUTHENTICATED, 'TRAINEE')).toBe(true);
  });

  it('names a policy for every operation', () => {
    for (const policy of Object.values(OPERATIONS)) expect(policy).toBeTruthy();
  });
});
