import { canonicalJson, msg, Permission } from '@grassroots/domain';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { AuditService } from '../../../core/audit/audit.service';
import type { Actor } from '../../../core/auth/actor';
import { RequirePolicy } from '../../../core/auth/policy.decorator';
import { problemBody } from '../../../core/http/problem-body';
import { writeXlsx, XLSX_TYPE, type XlsxCell } from '../../../core/spreadsheet/write-xlsx';
import { ReportsService } from '../reports.service';
import { reportCsv, reportRows } from './report-csv';
import { reportPdf } from './report-pdf';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
  xlsx: XLSX_TYPE,
} as const;

/** In the workbook, figures that are plain numbers (GMV 1234.50, rates 0.85) are numbers Excel can add up. */
const cellOf = (v: unknown): XlsxCell =>
  typeof v === 'number'
    ? v
    : typeof v === 'string' && /^-?\d{1,12}(\.\d+)?$/.test(v)
      ? Number(v)
      : v == null
        ? null
        : String(v);

/**
 * Downloads of a period's report, generated on the server: the frozen snapshot once submitted (with its hash and
 * status), or the live figures of a period nobody has submitted yet (marked DRAFT). Same scoping as the dashboard.
 */
@Controller('exports')
export class ReportsController {
  constructor(
    private readonly service: ReportsService,
    private readonly audit: AuditService,
  ) {}

  @Get('reports/:programId/:period/report.:format')
  @RequirePolicy(Permission.REPORTS_READ)
  async export(
    @Req() req: Request & { actor: Actor },
    @Param('programId') programId: string,
    @Param('period') period: string,
    @Param('format') format: string,
    @Res() res: Response,
  ) {
    if (format !== 'csv' && format !== 'pdf' && format !== 'json' && format !== 'xlsx') {
      res.status(404).json(problemBody('NOT_FOUND', msg('reports.exportFormats')));
      return;
    }
    const { program, snapshot, hash, status, resubmission } = await this.service.forExport(
      req.actor,
      programId,
      period,
    );
    const header = {
      programName: program.name,
      sponsorName: program.sponsor.name,
      status,
      hash,
      generatedAt: new Date(),
      timeZone: program.timeZone,
      resubmission,
    };
    // .json is the snapshot exactly as hashed (canonical JSON): `sha256sum report.json` reproduces the hash.
    const body =
      format === 'csv'
        ? Buffer.from(reportCsv(header, snapshot), 'utf8')
        : format === 'json'
          ? Buffer.from(canonicalJson(snapshot), 'utf8')
          : format === 'xlsx'
            ? await writeXlsx([
                {
                  name: snapshot.period.key,
                  rows: reportRows(header, snapshot).map((r) => r.map(cellOf)),
                  headerRows: 0,
                },
              ])
            : await reportPdf(header, snapshot);
    // Who took which figures out of the system, and which snapshot they were: part of the audit trail.
    await this.audit.record({
      actor: req.actor,
      action: `exportReport.${format}`,
      result: 'SUCCESS',
      targetType: 'SponsorReport',
      targetIds: [program.id],
      detail: { period: snapshot.period.key, status, hash },
    });
    const name = `${program.name}-${snapshot.period.key}-${status}.${format}`;
    res.setHeader('content-type', CONTENT_TYPES[format]);
    res.setHeader('content-length', String(body.length));
    res.setHeader(
      'content-disposition',
      `attachment; filename="report-${snapshot.period.key}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    res.setHeader('x-report-sha256', hash);
    res.setHeader('x-report-status', status);
    res.setHeader('cache-control', 'private, no-store');
    res.send(body);
  }
}
