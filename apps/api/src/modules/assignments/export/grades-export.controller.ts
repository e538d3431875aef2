import { Permission, projectTrainee, traineeView } from '@grassroots/domain';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { AuditService } from '../../../core/audit/audit.service';
import type { Actor } from '../../../core/auth/actor';
import { RequirePolicy } from '../../../core/auth/policy.decorator';
import { exportLang, sendXlsx, writeXlsx } from '../../../core/spreadsheet/write-xlsx';
import { AssignmentsService } from '../assignments.service';

const STATUS = {
  'zh-CN': { ASSIGNED: '未交', SUBMITTED: '待批改', RETURNED: '退回修改', GRADED: '已评分' },
  en: { ASSIGNED: 'not handed in', SUBMITTED: 'to grade', RETURNED: 'returned', GRADED: 'graded' },
} as Record<'zh-CN' | 'en', Record<string, string>>;

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
    const grid = await this.service.grid(actor, cohortId);
    const head = [
      lang === 'en' ? 'Trainee' : '学员',
      ...grid.assignments.map((a) => `${a.title} (${lang === 'en' ? 'max' : '满分'} ${a.maxScore})`),
    ];
    const rows = grid.rows.map((r) => [
      projectTrainee(traineeView(actor.role, r.trainee.id === actor.traineeId), { ...r.trainee, platformAccounts: [] })
        .name,
      ...r.cells.map((c) =>
        !c ? null : c.status === 'GRADED' && c.score !== null ? c.score : (STATUS[lang][c.status] ?? c.status),
      ),
    ]);
    const body = await writeXlsx([{ name: lang === 'en' ? 'Grades' : '作业成绩', rows: [head, ...rows] }]);
    await this.audit.record({
      actor,
      action: 'exportGrades.xlsx',
      result: 'SUCCESS',
      targetType: 'Cohort',
      targetIds: [cohortId],
      detail: { trainees: rows.length },
    });
    sendXlsx(res, body, 'grades.xlsx', `${lang === 'en' ? 'grades' : '作业成绩'}.xlsx`);
  }
}
