import { Prisma } from '@grassroots/db';
import { Injectable, Logger } from '@nestjs/common';

import type { Actor } from '../auth/actor';
import { DatabaseService } from '../database/database.module';

export type AuditResult = 'SUCCESS' | 'FAILURE' | 'DENIED';

/** Writes the append-only audit log: mutations, logins, authorization denials, unmasking of PII. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);
  private readonly reads = new Map<string, { ids: Set<string>; written: Promise<void> }>();
  constructor(private readonly db: DatabaseService) {}

  /**
   * Records that `actor` read a sensitive field of record `id`. Reads made in the same tick (the rows of one list)
   * become one entry listing all their ids; the promise settles once that entry is written, so the answer waits.
   */
  recordRead(actor: Pick<Actor, 'id' | 'role'>, action: string, targetType: string, id: string): Promise<void> {
    const key = `${actor.id}\u0000${action}`;
    let batch = this.reads.get(key);
    if (!batch) {
      const ids = new Set<string>();
      const written = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.reads.delete(key);
        return this.record({ actor, action, result: 'SUCCESS', targetType, targetIds: [...ids] });
      });
      batch = { ids, written };
      this.reads.set(key, batch);
    }
    batch.ids.add(id);
    return batch.written;
  }

  async record(entry: {
    actor: Pick<Actor, 'id' | 'role'> | null;
    action: string;
    result: AuditResult;
    targetType?: string;
    targetIds?: string[];
    detail?: Record<string, unknown>;
  }): Promise<void> {
    try {
      await this.db.prisma.auditLog.create({
        data: {
          actorId: entry.actor?.id ?? null,
          actorRole: entry.actor?.role ?? null,
          action: entry.action,
          result: entry.result,
          targetType: entry.targetType ?? null,
          targetIds: entry.targetIds ?? [],
          detail: (entry.detail as Prisma.InputJsonValue) ?? Prisma.DbNull,
        },
      });
    } catch (e) {
      // The audit trail must never be silently skipped: make it loud in the server log.
      this.logger.error(`Could not write audit entry ${entry.action}: ${(e as Error).message}`);
      throw e;
    }
  }

  denied(actor: Actor | null, operation: string, reason: string, targetIds: string[] = []): Promise<void> {
    return this.record({ actor, action: operation, result: 'DENIED', targetIds, detail: { reason } });
  }
}
