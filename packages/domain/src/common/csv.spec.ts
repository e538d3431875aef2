import { parseCsv, readAttendanceCsv, readLessonCsv } from './csv';

describe('CSV parsing', () => {
  it('handles a BOM, CRLF, quotes, doubled quotes and blank lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n1,2')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['1', '2'],
    ]);
  });
});

describe('lesson import', () => {
  const cohort = { startDate: '2026-10-01', endDate: '2026-12-31' };
  it('reads Chinese headers and words', () => {
    const r = readLessonCsv(
      '日期,开始时间,结束时间,主题,类型,地点\n2026-10-10,09:00,11:30,直播间搭建,课堂,产业园\n2026-10-11,19:00,21:00,练习,直播实战,直播间',
      cohort,
    );
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => x.kind)).toEqual(['CLASS', 'PRACTICE_STREAM']);
  });
  it('reports every bad row by row and column', () => {
    const csv = [
      'date,start,end,topic,kind,location',
      '2026-10-10,09:00,11:30,ok lesson,CLASS,room',
      '2026-13-01,9:00,08:00,x,dance,',
      '2026-09-01,10:00,11:00,early,CLASS,room',
      '2026-10-10,09:00,10:00,twice,CLASS,room',
    ].join('\n');
    const r = readLessonCsv(csv, cohort);
    expect(r.rows).toHaveLength(1);
    expect(r.problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '3:date',
      '3:startTime',
      '3:topic',
      '3:kind',
      '3:location',
      '4:date',
      '5:startTime',
    ]);
  });
  it('names a missing column', () => {
    expect(readLessonCsv('date,topic\n2026-10-10,x', cohort).problems[0]).toMatchObject({ row: 1, column: 'start' });
  });
});

describe('attendance import', () => {
  it('needs a reason for an excused absence and a mobile number', () => {
    const r = readAttendanceCsv(
      '日期,开始时间,手机号,出勤,备注\n2026-10-10,09:00,13812345678,请假,\n2026-10-10,09:00,123,出勤,\n2026-10-10,09:00,13912345678,迟到,堵车',
    );
    expect(r.problems.map((p) => `${p.row}:${p.column}`)).toEqual(['2:note', '3:phone']);
    expect(r.rows).toEqual([
      { row: 4, date: '2026-10-10', startTime: '09:00', phone: '13912345678', status: 'LATE', note: '堵车' },
    ]);
  });
});
