import { readFileSync } from 'node:fs';

import { formatYuanString as yuan, type ReportSnapshot, TRACKS } from '@grassroots/domain';
import type PDFKit from 'pdfkit';

import { figureLines, PROVENANCE_ZH, STATUS_EN, STATUS_ZH, TRACK_EN, TRACK_ZH } from './format';
import { type ExportHeader, exportTime } from './report-csv';

/** Noto Sans SC (OFL) from the @expo-google-fonts package: embedded, subset to the characters used. */
let font: Buffer | undefined;
const cjkFont = () =>
  (font ??= readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')));

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/**
 * The period's report as a PDF: Chinese first with English beside it, the status and the SHA-256 of the snapshot on
 * the first page and in every page's footer, then the figures with provenance and how each is computed.
 */
export async function reportPdf(h: ExportHeader, s: ReportSnapshot): Promise<Buffer> {
  // pdfkit (and its fonts) load on the first export, not at start: ~0.3 s and ~20 MB nobody else needs.
  const { default: PDFDocument } = (await import('pdfkit')) as unknown as { default: typeof PDFKit };
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 56, left: 44, right: 44 },
    bufferPages: true,
    info: { Title: `${h.programName} ${s.period.key}`, Author: 'Grassroots' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', cjkFont());
  doc.font('cjk');
  const width = doc.page.width - 88;
  const grey = '#666666';

  doc
    .fontSize(18)
    .fillColor('#000')
    .text('资助方项目报告', { continued: true })
    .fontSize(11)
    .fillColor(grey)
    .text('  Sponsor program report');
  doc.moveDown(0.4).fontSize(12).fillColor('#000').text(`${h.programName}`);
  doc
    .fontSize(10)
    .fillColor(grey)
    .text(`资助方 Sponsor: ${h.sponsorName}    期间 Period: ${s.period.key}（${s.period.from} – ${s.period.to}）`);
  doc
    .moveDown(0.4)
    .fontSize(11)
    .fillColor(h.status === 'ACCEPTED' ? '#135200' : h.status === 'RETURNED' ? '#a8071a' : '#873800')
    .text(`状态 Status: ${STATUS_ZH(h.status)} · ${STATUS_EN(h.status)}`);
  doc.fontSize(8.5).fillColor('#000').text(`SHA-256: ${h.hash}`);
  doc
    .fillColor(grey)
    .text(
      `生成时间 Generated ${exportTime(h.generatedAt, h.timeZone)} · 核对方法：下载“快照 JSON”并计算其 SHA-256 · Verify: sha256sum of the snapshot JSON download`,
    );
  doc.moveDown(0.8);

  const f = s.figures;
  const table = (title: string, head: string[], rows: string[][], cols: number[]) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.fontSize(12).fillColor('#000').text(title, 44, doc.y);
    doc.moveDown(0.3);
    const total = cols.reduce((a, b) => a + b, 0);
    const xs = cols.map((_, i) => 44 + (cols.slice(0, i).reduce((a, b) => a + b, 0) / total) * width);
    const ws = cols.map((c) => (c / total) * width - 6);
    const draw = (cells: string[], header: boolean) => {
      doc.fontSize(header ? 8.5 : 9).fillColor(header ? grey : '#000');
      const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: ws[i] })));
      if (doc.y + height > doc.page.height - 64) doc.addPage();
      const y = doc.y;
      cells.forEach((c, i) => doc.text(c, xs[i], y, { width: ws[i] }));
      doc.y = y + height + 3;
      doc
        .moveTo(44, doc.y - 1.5)
        .lineTo(44 + width, doc.y - 1.5)
        .lineWidth(0.3)
        .strokeColor('#dddddd')
        .stroke();
    };
    draw(head, true);
    rows.forEach((r) => draw(r, false));
    doc.moveDown(0.8);
  };

  table(
    '主要指标 Key figures',
    ['指标 Figure', '数值 Value', '目标 Target', '来源 Provenance'],
    figureLines(f).map((l) => [
      `${l.zh}  ${l.en}`,
      l.value,
      l.target,
      l.mix || `${PROVENANCE_ZH(l.provenance)} ${l.provenance}`,
    ]),
    [5, 2.2, 1.8, 2.4],
  );
  table(
    '学员（按班型）Trainees by track',
    ['班型 Track', '目标 Target', '入学 Enrolled', '在训 In training', '结业 Graduated', '退出 Dropped'],
    TRACKS.map((t) => [
      `${TRACK_ZH(t)} ${TRACK_EN(t)}`,
      String(f.trainees[t].target),
      String(f.trainees[t].enrolled),
      String(f.trainees[t].active),
      String(f.trainees[t].graduated),
      String(f.trainees[t].dropped),
    ]),
    [3, 1, 1, 1, 1, 1],
  );
  table(
    '各期班 Cohorts',
    ['班级 Cohort', '入学', '结业', '退出', '出勤率', '作业完成', '场次', 'GMV'],
    s.charts.cohorts.map((c) => [
      c.name,
      String(c.enrolled),
      String(c.graduated),
      String(c.dropped),
      pct(c.attendanceRate),
      pct(c.assignmentCompletion),
      String(c.sessionsHeld),
      yuan(c.gmv),
    ]),
    [4, 1, 1, 1, 1.3, 1.3, 1, 2],
  );
  table(
    '按周 By week',
    ['周起始 Week of', '场次 Sessions', '成交额 GMV', '本地特产 Local specialty'],
    s.charts.weeks.map((w) => [w.week, String(w.sessions), yuan(w.gmv), yuan(w.localSpecialtyGmv)]),
    [2, 1.5, 2, 2],
  );
  table(
    '按商品类目 By product category',
    ['类目 Category', '本地特产', '件数 Units', '成交额 GMV'],
    s.charts.categories.map((c) => [c.category, c.localSpecialty ? '是 yes' : '否 no', String(c.units), yuan(c.gmv)]),
    [3, 1.5, 1.5, 2],
  );
  table(
    '计算方法 How each figure is computed',
    ['指标 Figure', '计算方法'],
    figureLines(f).map((l) => [l.zh, `${l.howZh}\n${l.howEn}`]),
    [1.6, 6],
  );
  table(
    '数据依据 Records the figures were computed from',
    ['类型 Kind', '记录数 Count'],
    Object.entries(s.records).map(([k, ids]) => [k, String(ids.length)]),
    [3, 1],
  );

  const r = h.resubmission;
  if (r) {
    if (doc.y > doc.page.height - 200) doc.addPage();
    doc.fontSize(12).fillColor('#000').text('对退回意见的答复 Reply to the sponsor’s comments', 44, doc.y);
    doc.moveDown(0.3).fontSize(9).fillColor(grey).text('退回意见 Comments', { width });
    doc.fillColor('#000').text(r.returnComments ?? '—', { width });
    doc.moveDown(0.3).fillColor(grey).text('答复 Reply', { width });
    doc.fillColor('#000').text(r.reply, { width });
    doc
      .moveDown(0.3)
      .fontSize(8.5)
      .fillColor(grey)
      .text(`退回版本 Returned version SHA-256: ${r.previousHash ?? '—'}`, { width });
    doc.text(`本版本 This version SHA-256: ${h.hash}`, { width });
    if (r.attachments.length) doc.text(`附件 Attachments: ${r.attachments.join('、')}`, { width });
    doc.moveDown(0.8);
    table(
      '与退回版本相比的变化 Changes since the returned version',
      ['指标 Figure', '退回时 As returned', '现在 Now'],
      r.changes.length
        ? r.changes.map((c) => [c.figure, c.before ?? '—', c.after ?? '—'])
        : [['无变化 No figure changed', '', '']],
      [4, 2, 2],
    );
  }

  // The printed copy is sealed and dated by hand: one block for the MCN that prepared it, one for the sponsor.
  if (doc.y > doc.page.height - 150) doc.addPage();
  doc.moveDown(1.2);
  const sealTop = doc.y;
  const half = width / 2;
  const sealBlock = (x: string[], left: number) => {
    doc
      .fontSize(10)
      .fillColor('#000')
      .text(x[0], left, sealTop, { width: half - 16 });
    doc
      .fontSize(8.5)
      .fillColor(grey)
      .text(x[1], left, doc.y, { width: half - 16 });
    doc
      .moveDown(2.2)
      .fontSize(10)
      .fillColor('#000')
      .text('单位盖章 ________________', left, doc.y, { width: half - 16 });
    doc
      .fontSize(8.5)
      .fillColor(grey)
      .text('Seal of the organisation', left, doc.y, { width: half - 16 });
    doc
      .moveDown(0.8)
      .fontSize(10)
      .fillColor('#000')
      .text('日期     ____年____月____日', left, doc.y, { width: half - 16 });
    doc
      .fontSize(8.5)
      .fillColor(grey)
      .text('Date', left, doc.y, { width: half - 16 });
  };
  sealBlock(['编制单位', 'Prepared by (MCN)'], 44);
  const leftEnd = doc.y;
  sealBlock(['资助方确认', 'Acknowledged by the sponsor'], 44 + half);
  doc.y = Math.max(leftEnd, doc.y);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc
      .fontSize(7.5)
      .fillColor(grey)
      .text(
        `${h.programName} · ${s.period.key} · ${STATUS_ZH(h.status)} · SHA-256 ${h.hash} · ${i + 1}/${range.count}`,
        44,
        doc.page.height - 40,
        { width, lineBreak: false },
      );
  }
  doc.end();
  return done;
}
