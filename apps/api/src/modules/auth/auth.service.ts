import { dummyPasswordHash, hashPassword, verifyPassword } from '@grassroots/db';
import { DomainError, msg, retryAfterMinutes, type Role, ROLE_PERMISSIONS } from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import { AuditService } from '../../core/audit/audit.service';
import type { Actor } from '../../core/auth/actor';
import { SessionService } from '../../core/auth/session.service';
import { DatabaseService } from '../../core/database/database.module';
import { LoginThrottleService } from './login-throttle.service';
import type { Me } from './models/me.model';

const BAD_LOGIN = msg('auth.badLogin');

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DatabaseService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** One audit entry per attempt: the account tried, the client address and the outcome. */
  async login(email: string, password: string, ip: string): Promise<{ me: Me; token: string; expiresAt: Date }> {
    const decision = await this.throttle.take(email, ip);
    if (!decision.allowed) {
      // Refused before the password is looked at: while locked out even the right password does not sign in.
      await this.audit.record({
        actor: null,
        action: 'auth.login',
        result: 'DENIED',
        targetType: 'User',
        detail: { email, ip, reason: 'throttled' },
      });
      const minutes = retryAfterMinutes(decision.retryAfterSeconds);
      throw DomainError.tooManyRequests(
        decision.retryAfterSeconds,
        msg('auth.tooManySignInAttempts', { count: minutes }),
      );
    }
    const user = await this.db.prisma.user.findUnique({
      where: { email },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        traineeId: true,
        sponsorId: true,
        passwordHash: true,
      },
    });
    // Verify against a dummy hash for unknown users so that timing does not reveal which emails exist.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    const success = !!user && user.active && ok;
    await this.audit.record({
      actor: user && success ? { id: user.id, role: user.role as Role } : null,
      action: 'auth.login',
      result: success ? 'SUCCESS' : 'FAILURE',
      targetType: 'User',
      targetIds: user ? [user.id] : [],
      detail: success
        ? { ip }
        : { email, ip, reason: !user ? 'unknown email' : !user.active ? 'deactivated' : 'wrong password' },
    });
    if (!success) throw DomainError.unauthenticated(BAD_LOGIN);
    await this.throttle.giveBack(email, ip);
    const { token, expiresAt } = await this.sessions.create(user.id);
    return { me: toMe({ ...user, role: user.role as Role }), token, expiresAt };
  }

  async logout(actor: Actor | null): Promise<void> {
    if (!actor) return;
    await this.sessions.end(actor.sessionId);
    await this.audit.record({
      actor,
      action: 'auth.logout',
      result: 'SUCCESS',
      targetType: 'User',
      targetIds: [actor.id],
    });
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.db.prisma.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { passwordHash: true },
    });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw DomainError.field('currentPassword', msg('auth.wrongCurrentPassword'));
    }
    const passwordHash = await hashPassword(newPassword);
    await this.db.prisma.$transaction([
      this.db.prisma.user.update({ where: { id: actor.id }, data: { passwordHash } }),
      // Other sessions end; this one stays.
      this.db.prisma.session.deleteMany({ where: { userId: actor.id, id: { not: actor.sessionId } } }),
    ]);
    this.sessions.forgetUser(actor.id);
  }
}

export function toMe(u: {
  id: string;
  name: string;
  email: string;
  role: Role;
  traineeId: string | null;
  sponsorId: string | null;
}): Me {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    traineeId: u.traineeId,
    sponsorId: u.sponsorId,
    permissions: [...ROLE_PERMISSIONS[u.role]],
  };
}
