import {
  attendanceRate,
  DomainError,
  emptyCounts,
  formatInTimeZone,
  Permission,
  projectTrainee,
  statusLabel,
  traineeView,
} from '@grassroots/domain';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { AuditService } from '../../../core/audit/audit.service';
import type { Actor } from '../../../core/auth/actor';
import { RequirePolicy } from '../../../core/auth/policy.decorator';
import { cohortScope, traineeScope } from '../../../core/auth/scopes';
import { DatabaseService } from '../../../core/database/database.module';
import { sayIn } from '../../../core/i18n/messages';
import { type ExportLang, exportLang, sendXlsx, writeXlsx } from '../../../core/spreadsheet/write-xlsx';
import { attendanceCountsByTrainee } from '../attendance.queries';

/** The workbook's words in the user's language, from the shared catalog (statuses as the admin says them). */
function headings(lang: ExportLang) {
  const say = sayIn(lang);
  return {
    say,
    roster: say('workbooks.roster.sheet'),
    attendance: say('workbooks.roster.attendanceSheet'),
    cols: [
      say('workbooks.roster.name'),
      say('workbooks.roster.nationalId'),
      say('workbooks.roster.phone'),
      say('workbooks.roster.hometown'),
      say('workbooks.roster.accounts'),
      say('workbooks.roster.traineeStatus'),
      say('workbooks.roster.enrolmentStatus'),
      say('workbooks.roster.enrolledAt'),
    ],
    att: [
      say('workbooks.roster.name'),
      say('workbooks.roster.present'),
      say('workbooks.roster.late'),
      say('workbooks.roster.absent'),
      say('workbooks.roster.excused'),
      say('workbooks.roster.attendanceRate'),
    ],
  };
}

/**
 * A cohort's roster and attendance as an Excel workbook, for the coordinator to hand on: generated on the server
 * (docs/adr), scoped like the cohort page (SUPPORT: their teams' cohorts), each trainee projected as the role sees
 * them (the phone in full only for roles that read contacts), times in the program's time zone, headings in the
 * user's language, every download in the audit log.
 */
@Controller('exports')
export class CohortExportController {
  constructor(
    private readonly db: DatabaseService,
    private readonly audit: AuditService,
  ) {}

  @Get('cohorts/:cohortId/roster.xlsx')
  @RequirePolicy(Permission.TRAINEES_READ_CONTACT)
  async roster(
    @Req() req: Request & { actor: Actor },
    @Param('cohortId') cohortId: string,
    @Query('lang') langQ: unknown,
    @Res() res: Response,
  ) {
    const actor = req.actor;
    const lang = exportLang(langQ);
    const cohort = await this.db.prisma.cohort.findFirst({
      where: { AND: [{ id: cohortId }, cohortScope(actor)] },
      select: { id: true, name: true, program: { select: { timeZone: true } } },
    });
    if (!cohort) {
      await this.audit.denied(actor, 'exportRoster.xlsx', 'not found or not theirs', [cohortId]);
      throw DomainError.notFound('Cohort');
    }
    const [enrolments, counts] = await Promise.all([
      this.db.prisma.enrolment.findMany({
        where: { cohortId: cohort.id, trainee: traineeScope(actor) },
        select: {
          status: true,
          enrolledAt: true,
          trainee: {
            select: {
              id: true,
              name: true,
              phone: true,
              nationalIdMasked: true,
              hometown: true,
              background: true,
              platformAccounts: true,
              status: true,
              statusReason: true,
            },
          },
        },
        orderBy: [{ trainee: { name: 'asc' } }, { enrolledAt: 'asc' }],
        take: 5_000,
      }),
      attendanceCountsByTrainee(this.db.prisma, cohort.id),
    ]);
    const view = traineeView(actor.role);
    const h = headings(lang);
    const label = (kind: 'TraineeStatus' | 'EnrolmentStatus', value: string) => {
      const l = statusLabel(kind, value);
      return typeof l === 'string' ? l : h.say(l);
    };
    const tz = cohort.program.timeZone;
    const people = enrolments.map((e) => ({
      e,
      t: projectTrainee(view, {
        ...e.trainee,
        platformAccounts: e.trainee.platformAccounts as { platform: string; handle: string }[],
      }),
    }));
    const body = await writeXlsx([
      {
        name: h.roster,
        rows: [
          h.cols,
          ...people.map(({ e, t }) => [
            t.name,
            t.nationalIdMasked,
            t.phone,
            t.hometown,
            (t.platformAccounts as { platform: string; handle: string }[])
              .map((a) => `${a.platform.toLowerCase()}:${a.handle}`)
              .join('; '),
            label('TraineeStatus', e.trainee.status),
            label('EnrolmentStatus', e.status),
            `${formatInTimeZone(e.enrolledAt, tz)}`,
          ]),
        ],
      },
      {
        name: h.attendance,
        rows: [
          h.att,
          ...people
            .filter(({ e }) => e.status !== 'WITHDRAWN')
            .map(({ e, t }) => {
              const c = counts.get(e.trainee.id) ?? emptyCounts();
              const rate = attendanceRate(c);
              return [
                t.name,
                c.present,
                c.late,
                c.absent,
                c.excused,
                rate === null ? null : Math.round(rate * 1000) / 1000,
              ];
            }),
        ],
      },
    ]);
    await this.audit.record({
      actor,
      action: 'exportRoster.xlsx',
      result: 'SUCCESS',
      targetType: 'Cohort',
      targetIds: [cohort.id],
      detail: { trainees: enrolments.length },
    });
    sendXlsx(res, body, 'roster.xlsx', `${cohort.name}-${h.say('workbooks.roster.fileName')}.xlsx`);
  }
}
