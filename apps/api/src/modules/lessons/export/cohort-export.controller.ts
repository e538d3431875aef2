import {
  attendanceRate,
  DomainError,
  emptyCounts,
  formatInTimeZone,
  Permission,
  projectTrainee,
  traineeView,
} from '@grassroots/domain';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { AuditService } from '../../../core/audit/audit.service';
import type { Actor } from '../../../core/auth/actor';
import { RequirePolicy } from '../../../core/auth/policy.decorator';
import { cohortScope, traineeScope } from '../../../core/auth/scopes';
import { DatabaseService } from '../../../core/database/database.module';
import { type ExportLang, exportLang, sendXlsx, writeXlsx } from '../../../core/spreadsheet/write-xlsx';
import { attendanceCountsByTrainee } from '../attendance.queries';

const HEAD = {
  'zh-CN': {
    roster: '花名册',
    attendance: '考勤',
    cols: ['姓名', '身份证号（脱敏）', '手机号', '籍贯', '平台账号', '学员状态', '报名状态', '报名时间'],
    att: ['姓名', '出勤', '迟到', '缺勤', '请假', '出勤率'],
  },
  en: {
    roster: 'Roster',
    attendance: 'Attendance',
    cols: [
      'Name',
      'ID number (masked)',
      'Phone',
      'Hometown',
      'Platform accounts',
      'Trainee status',
      'Enrolment status',
      'Enrolled at',
    ],
    att: ['Name', 'Present', 'Late', 'Absent', 'Excused', 'Attendance rate'],
  },
} satisfies Record<ExportLang, unknown>;

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
    const h = HEAD[lang];
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
            e.trainee.status,
            e.status,
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
    sendXlsx(res, body, 'roster.xlsx', `${cohort.name}-${lang === 'en' ? 'roster' : '花名册'}.xlsx`);
  }
}
