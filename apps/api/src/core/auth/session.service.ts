import { createHash, randomBytes } from 'node:crypto';

import type { Role } from '@grassroots/domain';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { DatabaseService } from '../database/database.module';
import type { Actor } from './actor';

export const SESSION_COOKIE = 'gr_session';
/** Sessions slide with use but never outlive 12 hours; 2 idle hours end them. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** The idle expiry slides at most this often (one write a minute per active session). */
const SLIDE_EVERY_MS = 60_000;
/** A checked session is trusted from memory this long at most, even if a change notification were lost. */
const CACHE_MS = 30_000;
const CACHE_MAX = 20_000;
/** The channel the migration's triggers notify on: `s:<session id>` ended, `u:<user id>` changed, `*` all. */
export const SESSION_CHANNEL = 'grassroots_sessions';

const EPOCH_MS = (col: string) => `(extract(epoch FROM ${col}) * 1000)::float8`;
const FROM_EPOCH_MS = (param: string) => `(to_timestamp(${param}::float8 / 1000) AT TIME ZONE 'UTC')`;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Times come back as epoch milliseconds: the columns are UTC `timestamp`s, which drivers would read as local time. */
interface SessionRow {
  id: string;
  createdAt: number;
  expiresAt: number;
  lastSeenAt: number;
  userId: string;
  email: string;
  name: string;
  role: string;
  active: boolean;
  traineeId: string | null;
  sponsorId: string | null;
}

interface Cached {
  actor: Actor;
  expiresAt: number;
  lastSeenAt: number;
  checkedAt: number;
}

/**
 * Server-side sessions behind an httpOnly SameSite=Strict cookie (ADR 0003). The database keeps only a hash
 * of the token, so logout and deactivation end a session at once by deleting its row.
 *
 * The lookup is the one query every request makes, so it is one SQL statement through the driver, and a session
 * once checked is kept in memory for up to 30 s — but only while this process hears the database's change
 * notifications: deleting a session or changing its user's role, status, links or password (any code path, any
 * process on the database) notifies every process on commit, and each drops what it kept. If the notification
 * channel breaks, the memory is cleared and every request goes to the database until it is back.
 */
@Injectable()
export class SessionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionService.name);
  private readonly cache = new Map<string, Cached>();
  private listening = false;
  /** Bumped by every change heard: a lookup that raced with one must not keep what it read. */
  private generation = 0;
  private unlisten?: () => Promise<void>;
  private closing = false;

  constructor(private readonly db: DatabaseService) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      this.unlisten = await this.db.database.listen(
        SESSION_CHANNEL,
        (payload) => this.forget(payload),
        () => this.lost(),
      );
      this.listening = true;
    } catch (e) {
      this.logger.warn(
        `Session change notifications unavailable; every request checks its session in the database (${e instanceof Error ? e.message : e})`,
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    this.listening = false;
    await this.unlisten?.().catch(() => undefined);
  }

  async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_IDLE_MS);
    await this.db.prisma.session.create({ data: { tokenHash: sha256(token), userId, expiresAt } });
    return { token, expiresAt };
  }

  /** The actor behind a cookie token, or null when the session is unknown, expired or the user inactive. */
  async resolve(token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 100) return null;
    const hash = sha256(token);
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit) {
      if (
        this.listening &&
        hit.expiresAt > now &&
        now - hit.checkedAt < CACHE_MS &&
        now - hit.lastSeenAt <= SLIDE_EVERY_MS
      )
        return hit.actor;
      this.cache.delete(hash);
    }
    const generation = this.listening ? this.generation : -1;
    const [s] = await this.db.database.query<SessionRow>(
      `SELECT s.id, ${EPOCH_MS('s."createdAt"')} AS "createdAt", ${EPOCH_MS('s."expiresAt"')} AS "expiresAt", ${EPOCH_MS('s."lastSeenAt"')} AS "lastSeenAt",
              u.id AS "userId", u.email, u.name, u.role, u.active, u."traineeId", u."sponsorId"
         FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s."tokenHash" = $1`,
      [hash],
    );
    if (!s || !s.active || s.expiresAt <= now) return null;
    let expiresAt = s.expiresAt;
    let lastSeenAt = s.lastSeenAt;
    // Slide the idle expiry at most once a minute, capped by the absolute maximum.
    if (now - lastSeenAt > SLIDE_EVERY_MS) {
      expiresAt = Math.min(now + SESSION_IDLE_MS, s.createdAt + SESSION_MAX_MS);
      lastSeenAt = now;
      await this.db.database.query(
        `UPDATE "Session" SET "lastSeenAt" = ${FROM_EPOCH_MS('$2')}, "expiresAt" = ${FROM_EPOCH_MS('$3')} WHERE id = $1`,
        [s.id, now, expiresAt],
      );
    }
    const actor: Actor = {
      id: s.userId,
      email: s.email,
      name: s.name,
      role: s.role as Role,
      traineeId: s.traineeId,
      sponsorId: s.sponsorId,
      sessionId: s.id,
    };
    // Only what was read while notifications were heard, with no change heard since, may be kept.
    if (this.listening && generation === this.generation) {
      if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(hash, { actor, expiresAt, lastSeenAt, checkedAt: now });
    }
    return actor;
  }

  async end(sessionId: string): Promise<void> {
    await this.db.prisma.session.deleteMany({ where: { id: sessionId } });
    this.forget(`s:${sessionId}`);
  }

  async endAllFor(userId: string): Promise<void> {
    await this.db.prisma.session.deleteMany({ where: { userId } });
    this.forget(`u:${userId}`);
  }

  /**
   * Forgets a user's kept sessions on this instance at once, after a change made here committed (role, status,
   * password): other instances hear it from the database a moment later.
   */
  forgetUser(userId: string): void {
    this.forget(`u:${userId}`);
  }

  /** Drops what was kept of a session (`s:<id>`), of every session of a user (`u:<id>`), or everything (`*`). */
  private forget(payload: string): void {
    this.generation++;
    if (payload === '*') return this.cache.clear();
    const [kind, id] = [payload.slice(0, 2), payload.slice(2)];
    for (const [hash, c] of this.cache) {
      if ((kind === 's:' && c.actor.sessionId === id) || (kind === 'u:' && c.actor.id === id)) this.cache.delete(hash);
    }
  }

  /** The channel broke: forget everything, check every request in the database, and listen again with backoff. */
  private lost(delay = 500): void {
    this.listening = false;
    this.generation++;
    this.cache.clear();
    if (delay === 500)
      this.logger.warn('Session change notifications lost; sessions are checked in the database until they are back');
    const retry = setTimeout(() => {
      if (this.closing) return;
      this.db.database
        .listen(
          SESSION_CHANNEL,
          (payload) => this.forget(payload),
          () => this.lost(),
        )
        .then((stop) => {
          this.unlisten = stop;
          this.listening = true;
        })
        .catch(() => this.lost(Math.min(delay * 2, 30_000)));
    }, delay);
    retry.unref();
  }
}
