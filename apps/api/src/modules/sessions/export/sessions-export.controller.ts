import type { Prisma } from '@grassroots/db';
import {
  dateOnlySchema,
  DomainError,
  formatInTimeZone,
  type MessageCode,
  Permission,
  projectTrainee,
  SessionStatus,
  traineeView,
  values,
  zodFieldErrors,
} from '@grassroots/domain';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';

import { AuditService } from '../../../core/audit/audit.service';
import type { Actor } from '../../../core/auth/actor';
import { RequirePolicy } from '../../../core/auth/policy.decorator';
import { liveSessionScope } from '../../../core/auth/scopes';
import { DatabaseService } from '../../../core/database/database.module';
import { sayIn, sayLabel } from '../../../core/i18n/messages';
import { exportLang, sendXlsx, writeXlsx, zoneLabel } from '../../../core/spreadsheet/write-xlsx';
import { onProgramDays } from '../sessions.service';

const MAX_ROWS = 5_000;

const filtersSchema = z.object({
  from: dateOnlySchema.optional(),
  to: dateOnlySchema.optional(),
  cohortId: z.string().max(40).optional(),
  teamId: z.string().max(40).optional(),
  traineeId: z.string().max(40).optional(),
  status: z.enum(values(SessionStatus)).optional(),
  lang: z.string().optional(),
});

/** The columns, in the export's language (the shared catalog). */
const HEAD = [
  'workbooks.sessions.scheduledStart',
  'workbooks.sessions.timeZone',
  'workbooks.sessions.plannedMinutes',
  'workbooks.sessions.streamer',
  'workbooks.sessions.platform',
  'workbooks.sessions.title',
  'workbooks.sessions.status',
  'workbooks.sessions.actualMinutes',
  'workbooks.sessions.viewers',
  'workbooks.sessions.peakViewers',
  'workbooks.sessions.newFollowers',
  'workbooks.sessions.orders',
  'workbooks.sessions.gmv',
  'workbooks.sessions.adSpend',
  'workbooks.sessions.refunds',
  'workbooks.sessions.commission',
  'workbooks.sessions.netResult',
] as const satisfies readonly MessageCode[];

const money = (d: Prisma.Decimal | null): number | null => (d === null ? null : Number(d.toFixed(2)));

/**
 * The sessions list, with the page's filters, as an .xlsx: scoped like the list (SUPPORT their teams', a trainee their
 * own), filtered on the days of each session's program zone like the list, each start in that zone and labelled.
 */
@Controller('exports')
export class SessionsExportController {
  constructor(
    private readonly db: DatabaseService,
    private readonly audit: AuditService,
  ) {}

  @Get('sessions.xlsx')
  @RequirePolicy(Permission.SESSIONS_READ)
  async sessions(@Req() req: Request & { actor: Actor }, @Query() query: unknown, @Res() res: Response) {
    const parsed = filtersSchema.safeParse(query);
    if (!parsed.success) throw DomainError.badInput(zodFieldErrors(parsed.error));
    const f = parsed.data;
    const actor = req.actor;
    const where: Prisma.LiveSessionWhereInput = {
      AND: [
        liveSessionScope(actor),
        f.from || f.to ? await onProgramDays(this.db.prisma, f.from, f.to) : {},
        f.cohortId ? { cohortId: f.cohortId } : {},
        f.teamId ? { teamId: f.teamId } : {},
        f.traineeId ? { traineeId: f.traineeId } : {},
        f.status ? { status: f.status } : {},
      ],
    };
    const rows = await this.db.prisma.liveSession.findMany({
      where,
      select: {
        id: true,
        scheduledStart: true,
        plannedMinutes: true,
        platform: true,
        title: true,
        status: true,
        actualMinutes: true,
        viewers: true,
        peakViewers: true,
        newFollowers: true,
        orders: true,
        gmv: true,
        adSpend: true,
        refunds: true,
        commission: true,
        netResult: true,
        traineeId: true,
        team: { select: { cohort: { select: { program: { select: { timeZone: true } } } } } },
        trainee: {
          select: {
            name: true,
            phone: true,
            nationalIdMasked: true,
            hometown: true,
            background: true,
            platformAccounts: true,
            statusReason: true,
          },
        },
      },
      orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }],
      take: MAX_ROWS,
    });
    const say = sayIn(exportLang(f.lang));
    const body = await writeXlsx([
      {
        name: say('workbooks.sessions.sheet'),
        rows: [
          HEAD.map((code) => say(code)),
          ...rows.map((s) => {
            const name = projectTrainee(traineeView(actor.role, s.traineeId === actor.traineeId), {
              ...s.trainee,
              platformAccounts: [],
            }).name;
            const tz = s.team.cohort.program.timeZone;
            return [
              formatInTimeZone(s.scheduledStart, tz),
              zoneLabel(tz, s.scheduledStart),
              s.plannedMinutes,
              name,
              sayLabel(say, 'StreamPlatform', s.platform),
              s.title,
              sayLabel(say, 'SessionStatus', s.status),
              s.actualMinutes,
              s.viewers,
              s.peakViewers,
              s.newFollowers,
              s.orders,
              money(s.gmv),
              money(s.adSpend),
              money(s.refunds),
              money(s.commission),
              money(s.netResult),
            ];
          }),
        ],
      },
    ]);
    await this.audit.record({
      actor,
      action: 'exportSessions.xlsx',
      result: 'SUCCESS',
      targetType: 'LiveSession',
      targetIds: [],
      detail: { filters: f, rows: rows.length },
    });
    sendXlsx(
      res,
      body,
      'sessions.xlsx',
      `${say('workbooks.sessions.fileName')}-${f.from ?? ''}${f.to ? `~${f.to}` : ''}.xlsx`,
    );
  }
}
