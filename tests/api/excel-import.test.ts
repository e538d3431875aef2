import { createPiiCipher } from '@grassroots/db';
import {
  createCohort,
  createEnrolment,
  createProduct,
  createSupplier,
  createTrainee,
  fakeNationalId,
} from '@grassroots/db/testing';
import { nationalIdCheckChar } from '@grassroots/domain';

import { graphql } from '../gql';
import { useApi } from '../support/api';
import { codeOf, type GqlClient } from '../support/client';
import { imported } from '../support/imports';
import { encodeGbk, xlsxOf } from '../support/spreadsheets';

/** Every import reads .xlsx and GBK CSV as well as UTF-8 CSV; bulk trainee import, all or nothing. */
const api = useApi();
let coordinator: GqlClient;
beforeAll(async () => {
  coordinator = await api.as('COORDINATOR');
});

const LESSONS = graphql(`
  mutation ExcelImportImportLessons($i: ImportCsvInput!) {
    importLessons(input: $i) {
      ...ImportJobFields
    }
  }
`);
const MARKS = graphql(`
  mutation ExcelImportImportAttendance($i: ImportCsvInput!) {
    importAttendance(input: $i) {
      ...ImportJobFields
    }
  }
`);
const TRAINEES = graphql(`
  mutation ExcelImportImportTrainees($i: ImportTraineesInput!) {
    importTrainees(input: $i) {
      ...ImportJobFields
    }
  }
`);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const b64 = (b: Buffer) => b.toString('base64');
/** An Excel date cell: Excel keeps wall-clock dates with no zone; exceljs writes a Date's UTC fields. */
const excelDate = (d: string) => new Date(`${d}T00:00:00Z`);
const excelTime = (hm: string) => new Date(`1899-12-30T${hm}:00Z`);

describe('.xlsx and GBK CSV', () => {
  it('imports lessons from an .xlsx with real date and time cells, reporting bad rows by row and column', async () => {
    const cohort = await createCohort(api.db.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
    const header = ['日期', '开始时间', '结束时间', '主题', '类型', '地点'];
    const bad = await xlsxOf([
      header,
      [excelDate(day(-5)), excelTime('09:00'), excelTime('11:00'), '直播间搭建', '课堂', '产业园'],
      [excelDate(day(60)), '09:00', '08:00', 'x', '跳舞', '教室'],
    ]);
    const report = await imported(coordinator, LESSONS, {
      i: { cohortId: cohort.id, file: b64(bad), fileName: '课程.xlsx' },
    });
    expect(report.imported).toBe(0);
    expect(report.problems.map((p) => `${p.row}:${p.column}`)).toEqual(['3:date', '3:endTime', '3:topic', '3:kind']);
    expect(await api.db.prisma.lesson.count({ where: { cohortId: cohort.id } })).toBe(0);

    // A formula's computed result is read, a second sheet is ignored, the date cell becomes YYYY-MM-DD.
    const good = await xlsxOf(
      [
        header,
        [
          excelDate(day(-5)),
          excelTime('09:00'),
          excelTime('11:30'),
          { formula: '"直播"&"脚本"', result: '直播脚本' },
          '课堂',
          '产业园',
        ],
      ],
      [[['ignored'], ['x']]],
    );
    expect(
      await imported(coordinator, LESSONS, { i: { cohortId: cohort.id, file: b64(good), fileName: 'lessons.XLSX' } }),
    ).toEqual({ imported: 1, rows: 1, problems: [] });
    const lesson = await api.db.prisma.lesson.findFirstOrThrow({ where: { cohortId: cohort.id } });
    expect([lesson.date.toISOString().slice(0, 10), lesson.startTime, lesson.endTime, lesson.topic]).toEqual([
      day(-5),
      '09:00',
      '11:30',
      '直播脚本',
    ]);
  });

  it('imports attendance from a GBK CSV (what Chinese Excel saves), and from UTF-8 bytes with a BOM', async () => {
    const cohort = await createCohort(api.db.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
    const t = await createTrainee(api.db.prisma, { phone: '13812349001' });
    await createEnrolment(api.db.prisma, { traineeId: t.id, cohortId: cohort.id });
    const lesson = await api.db.prisma.lesson.create({
      data: {
        cohortId: cohort.id,
        date: new Date(day(-2)),
        startTime: '09:00',
        endTime: '10:00',
        topic: '话术',
        kind: 'CLASS',
        location: '教室',
      },
    });
    const gbk = encodeGbk(`日期,开始时间,手机号,出勤,备注\r\n${day(-2)},09:00,13812349001,请假,家中有事\r\n`);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow(); // really not UTF-8
    expect(
      await imported(coordinator, MARKS, { i: { cohortId: cohort.id, file: b64(gbk), fileName: '考勤.csv' } }),
    ).toEqual({ imported: 1, rows: 1, problems: [] });
    expect(await api.db.prisma.attendance.findFirstOrThrow({ where: { lessonId: lesson.id } })).toMatchObject({
      status: 'EXCUSED',
      note: '家中有事',
    });

    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`日期,开始时间,手机号,出勤\n${day(-2)},09:00,13812349001,迟到\n`, 'utf8'),
    ]);
    expect(
      (await imported(coordinator, MARKS, { i: { cohortId: cohort.id, file: b64(utf8), fileName: 'a.csv' } })).imported,
    ).toBe(1);
    expect((await api.db.prisma.attendance.findFirstOrThrow({ where: { lessonId: lesson.id } })).status).toBe('LATE');
  });

  it('refuses a file that is not a workbook, a zip bomb and an unknown extension, without writing', async () => {
    const cohort = await createCohort(api.db.prisma, { startDate: new Date(day(-30)), endDate: new Date(day(30)) });
    const notZip = await imported(coordinator, LESSONS, {
      i: { cohortId: cohort.id, file: b64(Buffer.from('日期,开始时间\n')), fileName: 'x.xlsx' },
    });
    expect(notZip.problems).toEqual([{ row: 0, column: '', message: 'Not an Excel workbook (.xlsx)' }]);
    // A real workbook whose directory claims 2 GB once inflated: refused before anything is inflated.
    const bomb = await xlsxOf([['日期'], ['2026-01-01']]);
    for (
      let i = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      i >= 0;
      i = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)
    )
      bomb.writeUInt32LE(0x7fffffff, i + 24);
    const big = await imported(coordinator, LESSONS, {
      i: { cohortId: cohort.id, file: b64(bomb), fileName: 'x.xlsx' },
    });
    expect(big.problems).toEqual([{ row: 0, column: '', message: 'The workbook is too large once unpacked' }]);
    const wrongType = await coordinator.request(LESSONS, {
      i: { cohortId: cohort.id, file: b64(Buffer.from('a')), fileName: 'x.xls' },
    });
    expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
    const both = await coordinator.request(LESSONS, {
      i: { cohortId: cohort.id, csv: 'a', file: b64(Buffer.from('a')), fileName: 'x.csv' },
    });
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    const tooBig = await coordinator.request(LESSONS, {
      i: { cohortId: cohort.id, file: b64(Buffer.alloc(2_000_004)), fileName: 'x.csv' },
    });
    expect(codeOf(tooBig)).toBe('BAD_USER_INPUT');
    expect(await api.db.prisma.lesson.count({ where: { cohortId: cohort.id } })).toBe(0);
  });
});

describe('bulk trainee import', () => {
  const id = (serial: number) => fakeNationalId('653121', '19950101', serial);
  const header = ['姓名', '身份证号', '手机号', '籍贯', '平台账号', '班级'];

  it('reports every bad row by row and column and writes nothing: check digit, phone, repeated ID, registered ID, unknown cohort', async () => {
    const cohort = await createCohort(api.db.prisma);
    const registered = id(501);
    await createTrainee(api.db.prisma, { nationalId: registered });
    const good = id(502);
    const badCheck = good.slice(0, 17) + (nationalIdCheckChar(good.slice(0, 17)) === '1' ? '2' : '1');
    const file = await xlsxOf([
      header,
      ['阿依古丽', good, 13812345001, '疏附县', '抖音:ayg01; 快手：ayg_ks', cohort.name],
      ['买买提', badCheck, '1381234', '疏附县', '', cohort.name],
      ['古丽', good, '13812345003', '疏附县', 'weibo:x', cohort.name],
      ['热依拉', registered, '13812345004', '疏附县', '', '不存在的班'],
    ]);
    const report = await imported(coordinator, TRAINEES, { i: { file: b64(file), fileName: '学员.xlsx' } });
    expect(report.imported).toBe(0);
    expect(report.problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '3:nationalId',
      '3:phone',
      '4:nationalId',
      '4:platformAccounts',
      '5:cohort',
      '5:nationalId',
    ]);
    expect(report.problems.find((p) => p.row === 5 && p.column === 'nationalId')!.message).toBe(
      'A trainee with this ID number is already registered',
    );
    expect(await api.db.prisma.enrolment.count({ where: { cohortId: cohort.id } })).toBe(0);
    expect(await api.db.prisma.trainee.count({ where: { phone: '13812345001' } })).toBe(0);
  });

  it('creates the trainees (ID encrypted, hashed, masked) and their enrolments, into the page’s cohort or the named one', async () => {
    const page = await createCohort(api.db.prisma);
    const other = await createCohort(api.db.prisma);
    const csv = [
      header.join(','),
      `阿依古丽,${id(511)},13812345011,疏附县,"抖音:ayg01; 快手：ayg_ks",`,
      `买买提,${id(512)},13812345012,伽师县,,${other.name}`,
    ].join('\n');
    const gbk = encodeGbk(csv);
    expect(
      await imported(coordinator, TRAINEES, { i: { cohortId: page.id, file: b64(gbk), fileName: 'trainees.csv' } }),
    ).toEqual({ imported: 2, rows: 2, problems: [] });
    const pii = createPiiCipher();
    const a = await api.db.prisma.trainee.findUniqueOrThrow({
      where: { nationalIdHash: pii.hash(id(511)) },
      include: { enrolments: true },
    });
    expect(a).toMatchObject({
      name: '阿依古丽',
      phone: '13812345011',
      hometown: '疏附县',
      status: 'ENROLLED',
      platformAccounts: [
        { platform: 'DOUYIN', handle: 'ayg01' },
        { platform: 'KUAISHOU', handle: 'ayg_ks' },
      ],
    });
    expect(pii.decrypt(a.nationalIdCipher)).toBe(id(511));
    expect(a.nationalIdMasked).toBe(`${id(511).slice(0, 6)}********${id(511).slice(-4)}`);
    expect(a.enrolments.map((e) => [e.cohortId, e.status])).toEqual([[page.id, 'ACTIVE']]);
    const b = await api.db.prisma.trainee.findUniqueOrThrow({
      where: { nationalIdHash: pii.hash(id(512)) },
      include: { enrolments: true },
    });
    expect(b.enrolments.map((e) => e.cohortId)).toEqual([other.id]);
    // The same file again: every row is already registered.
    const again = await imported(coordinator, TRAINEES, {
      i: { cohortId: page.id, file: b64(gbk), fileName: 'trainees.csv' },
    });
    expect(again.problems.map((p) => `${p.row}:${p.column}`)).toEqual(['2:nationalId', '3:nationalId']);
  });

  it('refuses the whole file when a cohort has no places left or takes no enrolments', async () => {
    const small = await createCohort(api.db.prisma, { capacity: 1 });
    const closed = await createCohort(api.db.prisma, { status: 'COMPLETED' });
    const rows = [
      header,
      ['甲', id(521), '13812345021', '喀什', '', small.name],
      ['乙', id(522), '13812345022', '喀什', '', small.name],
      ['丙', id(523), '13812345023', '喀什', '', closed.name],
    ];
    const report = await imported(coordinator, TRAINEES, { i: { file: b64(await xlsxOf(rows)), fileName: 't.xlsx' } });
    expect(report.imported).toBe(0);
    expect(report.problems).toEqual([
      { row: 2, column: 'cohort', message: expect.stringContaining('places left') },
      { row: 4, column: 'cohort', message: expect.stringContaining('takes no enrolments') },
    ]);
    expect(
      await api.db.prisma.trainee.count({ where: { phone: { in: ['13812345021', '13812345022', '13812345023'] } } }),
    ).toBe(0);
  });

  it('is for coordinators and admins: SUPPORT, trainees, sponsors and anonymous are refused; an unknown cohort is NOT_FOUND', async () => {
    const cohort = await createCohort(api.db.prisma);
    const input = { i: { cohortId: cohort.id, csv: `姓名,身份证号,手机号,籍贯\n甲,${id(531)},13812345031,喀什` } };
    for (const role of ['SUPPORT', 'TRAINEE', 'SPONSOR', 'QC_INSPECTOR'] as const)
      expect(codeOf(await (await api.signIn(role)).request(TRAINEES, input))).toBe('FORBIDDEN');
    expect(codeOf(await api.client().request(TRAINEES, input))).toBe('UNAUTHENTICATED');
    expect(codeOf(await coordinator.request(TRAINEES, { i: { ...input.i, cohortId: 'nope' } }))).toBe('NOT_FOUND');
    const admin = await api.signIn('ADMIN');
    expect((await imported(admin, TRAINEES, input)).imported).toBe(1);
  });
});

describe('products import', () => {
  const PRODUCTS = graphql(`
    mutation ExcelImportImportProducts($i: ImportProductsInput!) {
      importProducts(input: $i) {
        ...ImportJobFields
      }
    }
  `);
  const header = ['供应商', '商品名称', '品类', '产地', '本地特产', '单价', '直播价', '佣金', '生鲜'];

  it('adds DRAFT products from an .xlsx all or nothing: unknown supplier, bad price, repeated and registered products by row', async () => {
    const supplier = await createSupplier(api.db.prisma, { name: `疏附县红枣合作社 ${Date.now()}` });
    await createProduct(api.db.prisma, { supplierId: supplier.id, name: '骏枣 1kg' });
    const bad = await xlsxOf([
      header,
      [supplier.name, '灰枣 500g', '干果', '疏附县', '是', 19.9, 29.9, 25, '否'],
      ['没有这家', '核桃 1kg', '干果', '疏附县', '是', 30, 45, 20, '否'],
      [supplier.name, '灰枣 500g', '干果', '疏附县', '是', 'abc', 29.9, 120, '也许'],
      [supplier.name, '骏枣 1kg', '干果', '疏附县', '是', 25, 39.9, 25, '否'],
    ]);
    const manager = await api.signIn('COORDINATOR');
    const report = await imported(manager, PRODUCTS, { i: { file: b64(bad), fileName: '商品.xlsx' } });
    expect(report.problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '3:supplier',
      '4:unitPrice',
      '4:commissionPct',
      '4:perishable',
      '4:name',
      '5:name',
    ]);
    expect(await api.db.prisma.product.count({ where: { supplierId: supplier.id } })).toBe(1);

    const good = encodeGbk(
      [
        header.join(','),
        `${supplier.name},灰枣 500g,干果,疏附县,是,￥19.90,29.9,25%,否`,
        `${supplier.name},鲜杏 3kg,水果,疏附县,是,30,49.9,20,是`,
      ].join('\r\n'),
    );
    expect(await imported(manager, PRODUCTS, { i: { file: b64(good), fileName: 'products.csv' } })).toEqual({
      imported: 2,
      rows: 2,
      problems: [],
    });
    const made = await api.db.prisma.product.findMany({
      where: { supplierId: supplier.id, status: 'DRAFT', name: { in: ['灰枣 500g', '鲜杏 3kg'] } },
      orderBy: { name: 'asc' },
    });
    expect(
      made.map((p) => [p.name, p.unitPrice.toFixed(2), p.commissionPct.toFixed(2), p.perishable, p.localSpecialty]),
    ).toEqual([
      ['灰枣 500g', '19.90', '25.00', false, true],
      ['鲜杏 3kg', '30.00', '20.00', true, true],
    ]);
  });

  it('is for roles that write products: SUPPORT, QC and sponsors are refused, anonymous too', async () => {
    const input = { i: { csv: header.join(',') } };
    for (const role of ['SUPPORT', 'SPONSOR', 'TRAINEE', 'AFTERSALES_AGENT'] as const)
      expect(codeOf(await (await api.signIn(role)).request(PRODUCTS, input))).toBe('FORBIDDEN');
    expect(codeOf(await api.client().request(PRODUCTS, input))).toBe('UNAUTHENTICATED');
  });
});
