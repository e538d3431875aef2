import { readMigrations } from '@grassroots/db';
import { PUBLIC } from '@grassroots/domain';
import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';

import { RequirePolicy } from './auth/policy.decorator';
import { DatabaseService } from './database/database.module';
import { JobQueue } from './jobs/job-queue.service';

@Controller()
export class HealthController {
  /** The migrations this build ships with: ready only once each is recorded as finished. */
  private readonly migrations = readMigrations().map((m) => m.name);

  constructor(
    private readonly db: DatabaseService,
    private readonly jobs: JobQueue,
  ) {}

  /** 200 while the process serves HTTP (a liveness probe: restart only when this fails). */
  @Get('health/live')
  @HttpCode(200)
  @RequirePolicy(PUBLIC)
  live() {
    return { status: 'ok' };
  }

  /**
   * 200 when the database answers, every migration of this build is applied and the job queue has started (it starts
   * just after the app listens); 503 otherwise (take out of rotation).
   */
  @Get('health/ready')
  @HttpCode(200)
  @RequirePolicy(PUBLIC)
  async ready(@Res({ passthrough: true }) res: Response) {
    let applied: Set<string>;
    try {
      const rows = await this.db.database.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      applied = new Set(rows.map((r) => r.migration_name));
    } catch {
      res.status(503);
      return { status: 'unavailable', database: 'unreachable' };
    }
    const pending = this.migrations.filter((m) => !applied.has(m));
    if (pending.length > 0) {
      res.status(503);
      return { status: 'unavailable', pendingMigrations: pending.length };
    }
    if (this.jobs.state !== 'ok') {
      res.status(503);
      return { status: 'unavailable', jobs: this.jobs.state };
    }
    return { status: 'ok', database: this.db.database.kind };
  }

  /** 200 when the database answers, 503 otherwise. */
  @Get('health')
  @HttpCode(200)
  @RequirePolicy(PUBLIC)
  async health(@Res({ passthrough: true }) res: Response) {
    try {
      await this.db.prisma.$queryRaw`SELECT 1`;
      return { status: 'ok', database: this.db.database.kind };
    } catch {
      res.status(503);
      return { status: 'unavailable' };
    }
  }
}
