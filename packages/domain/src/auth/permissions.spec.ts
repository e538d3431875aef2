import { allows, AUTHENTICATED, can, Permission, PUBLIC, ROLE_PERMISSIONS } from './permissions';
import { ROLES } from './roles';

// The decisions the matrix encodes (who may do the sensitive things). That every operation has a policy, and the one the
// resolver declares, is checked against the built schema by tests/api/policy-matrix.test.ts.
describe('permission matrix', () => {
  it('keeps sponsors read-only except for reviewing the reports made for them', () => {
    expect(ROLE_PERMISSIONS.SPONSOR.filter((p) => !p.endsWith('.read'))).toEqual([Permission.REPORTS_REVIEW]);
  });

  it('leaves accepting a report to the sponsor alone (not even ADMIN)', () => {
    expect(
      (Object.keys(ROLE_PERMISSIONS) as (keyof typeof ROLE_PERMISSIONS)[]).filter((r) =>
        ROLE_PERMISSIONS[r].includes(Permission.REPORTS_REVIEW),
      ),
    ).toEqual(['SPONSOR']);
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
});
