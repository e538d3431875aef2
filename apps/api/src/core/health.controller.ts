import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PUBLIC } from '@grassroots/domain';
import { RequirePolicy } from './auth/policy.decorator';
import { DatabaseService } from './database/database.module';

@Controller()
export class HealthController {
  constructor(private readonly db: DatabaseService) {}

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
