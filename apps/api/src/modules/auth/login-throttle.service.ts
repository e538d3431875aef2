import { ACCOUNT_SIGN_IN_LIMIT, CLIENT_SIGN_IN_LIMIT, throttleVerdict } from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import { DatabaseService } from '../../core/database/database.module';

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts sign-in attempts in the database, never in memory. One INSERT … ON CONFLICT DO UPDATE per attempt bumps
 * the account's and the client's rows under their row locks and returns the new counts, so parallel requests and
 * several app instances on one database share one count. It is plain SQL through Prisma, so it runs alike on
 * PostgreSQL and PGlite (a pg-pool based limiter would not reach PGlite). The database clock sets the windows.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly db: DatabaseService) {}

  /** Counts this attempt before the password is checked; refused if the account or the client is over its limit. */
  async take(email: string, ip: string): Promise<ThrottleDecision> {
    const [account, client] = [accountKey(email), clientKey(ip)];
    // Rows in a fixed order (account, then client): two statements never wait on each other's locks in a cycle.
    const rows = await this.db.prisma.$queryRaw<{ key: string; hits: number; windowEnds: Date; now: Date }[]>`
      INSERT INTO "LoginThrottle" AS t ("key", "hits", "windowEnds")
      VALUES (${account}, 1, now() + ${ACCOUNT_SIGN_IN_LIMIT.windowSeconds}::int * interval '1 second'),
             (${client}, 1, now() + ${CLIENT_SIGN_IN_LIMIT.windowSeconds}::int * interval '1 second')
      ON CONFLICT ("key") DO UPDATE SET
        "hits" = CASE WHEN t."windowEnds" <= now() THEN 1 ELSE t."hits" + 1 END,
        "windowEnds" = CASE WHEN t."windowEnds" <= now() THEN excluded."windowEnds" ELSE t."windowEnds" END
      RETURNING t."key", t."hits", t."windowEnds", now() AS "now"`;
    const waits = rows.map((r) =>
      throttleVerdict(
        { hits: Number(r.hits), windowEnds: r.windowEnds },
        r.key === account ? ACCOUNT_SIGN_IN_LIMIT : CLIENT_SIGN_IN_LIMIT,
        r.now,
      ),
    );
    const refused = waits.flatMap((w) => (w.allowed ? [] : [w.retryAfterSeconds]));
    return refused.length ? { allowed: false, retryAfterSeconds: Math.max(...refused) } : { allowed: true };
  }

  /** A successful sign-in gives its own attempt back (failures of others in the window stay counted). */
  async giveBack(email: string, ip: string): Promise<void> {
    await this.db.prisma.$executeRaw`
      UPDATE "LoginThrottle" SET "hits" = GREATEST("hits" - 1, 0) WHERE "key" IN (${accountKey(email)}, ${clientKey(ip)})`;
  }
}

const accountKey = (email: string) => `account:${email}`;
const clientKey = (ip: string) => `client:${ip}`;
