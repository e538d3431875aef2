import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Role } from '@grassroots/domain';
import { DatabaseService } from '../database/database.module';
import type { Actor } from './current-user';

export const SESSION_COOKIE = 'gr_session';
/** Sessions slide with use but never outlive 12 hours; 2 idle hours end them. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Server-side sessions behind an httpOnly SameSite=Strict cookie (ADR 0003). The database keeps only a hash
 * of the token, so logout and deactivation end a session at once by deleting its row.
 */
@Injectable()
export class SessionService {
  constructor(private readonly db: DatabaseService) {}

  async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_IDLE_MS);
    await this.db.prisma.session.create({ data: { tokenHash: sha256(token), userId, expiresAt } });
    return { token, expiresAt };
  }

  /** The actor behind a cookie token, or null when the session is unknown, expired or the user inactive. */
  async resolve(token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 100) return null;
    const session = await this.db.prisma.session.findUnique({
      where: { tokenHash: sha256(token) },
      select: {
        id: true,
        createdAt: true,
        expiresAt: true,
        lastSeenAt: true,
        user: { select: { id: true, email: true, name: true, role: true, active: true, traineeId: true, sponsorId: true } },
      },
    });
    const now = Date.now();
    if (!session || !session.user.active || session.expiresAt.getTime() <= now) return null;
    // Slide the idle expiry at most once a minute, capped by the absolute maximum.
    if (now - session.lastSeenAt.getTime() > 60_000) {
      const expiresAt = new Date(Math.min(now + SESSION_IDLE_MS, session.createdAt.getTime() + SESSION_MAX_MS));
      await this.db.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now), expiresAt } });
    }
    const u = session.user;
    return { id: u.id, email: u.email, name: u.name, role: u.role as Role, traineeId: u.traineeId, sponsorId: u.sponsorId, sessionId: session.id };
  }

  async end(sessionId: string): Promise<void> {
    await this.db.prisma.session.deleteMany({ where: { id: sessionId } });
  }

  async endAllFor(userId: string): Promise<void> {
    await this.db.prisma.session.deleteMany({ where: { userId } });
  }
}
