import { Injectable, Logger } from '@nestjs/common';
import { Prisma } from '@grassroots/db';
import { DatabaseService } from '../database/database.module';
import type { Actor } from '../auth/current-user';

export type AuditResult = 'SUCCESS' | 'FAILURE' | 'DENIED';

/** Writes the append-only audit log: mutations, logins, authorization denials, unmasking of PII. */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);
  constructor(private readonly db: DatabaseService) {}

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

  denied(actor: Actor | null, operation: string, reason: string): Promise<void> {
    return this.record({ actor, action: operation, result: 'DENIED', detail: { reason } });
  }
}
