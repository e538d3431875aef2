import { type MessageCode, Permission, projectTrainee, traineeView } from '@grassroots/domain';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { AuditService } from '../../../core/audit/audit.service';
import type { Actor } from '../../../core/auth/actor';
import { RequirePolicy } from '../../../core/auth/policy.decorator';
import { sayIn } from '../../../core/i18n/messages';
import { exportLang, sendXlsx, writeXlsx } from '../../../core/spreadsheet/write-xlsx';
import { AssignmentsService } from '../assignments.service';

/** Where a piece of work stands, in the grid's words (a score once graded). */
const STATUS = {
  ASSIGNED: 'workbooks.grades.status.ASSIGNED',
  SUBMITTED: 'workbooks.grades.status.SUBMITTED',
  RETURNED: 'workbooks.grades.status.RETURNED',
  GRADED: 'workbooks.grades.status.GRADED',
} as const satisfies Record<string, MessageCode>;

/**
 * A cohort's grades (trainees × assignments: the score once graded, else where the work stands) as an .xlsx — the
 * grid the cohort page shows, from the same query and scope (SUPPORT their teams' trainees, a trainee their own).
 */
@Controller('exports')
export class GradesExportController {
  constructor(
    private readonly service: AssignmentsService,
    private readonly audit: AuditService,
  ) {}

  @Get('cohorts/:cohortId/grades.xlsx')
  @RequirePolicy(Permission.ASSIGNMENTS_READ)
  async grades(
    @Req() req: Request & { actor: Actor },
    @Param('cohortId') cohortId: string,
    @Query('lang') langQ: unknown,
    @Res() res: Response,
  ) {
    const actor = req.actor;
    const lang = exportLang(langQ);
    const say = sayIn(lang);
    const grid = await this.service.grid(actor, cohortId);
    const head = [
      say('workbooks.grades.trainee'),
      ...grid.assignments.map((a) => say('workbooks.grades.assignment', { title: a.title, max: a.maxScore })),
    ];
    const rows = grid.rows.map((r) => [
      projectTrainee(traineeView(actor.role, r.trainee.id === actor.traineeId), { ...r.trainee, platformAccounts: [] })
        .name,
      ...r.cells.map((c) =>
        !c
          ? null
          : c.status === 'GRADED' && c.score !== null
            ? c.score
            : c.status in STATUS
              ? say(STATUS[c.status as keyof typeof STATUS])
              : c.status,
      ),
    ]);
    const body = await writeXlsx([{ name: say('workbooks.grades.sheet'), rows: [head, ...rows] }]);
    await this.audit.record({
      actor,
      action: 'exportGrades.xlsx',
      result: 'SUCCESS',
      targetType: 'Cohort',
      targetIds: [cohortId],
      detail: { trainees: rows.length },
    });
    sendXlsx(res, body, 'grades.xlsx', `${say('workbooks.grades.fileName')}.xlsx`);
  }
}
