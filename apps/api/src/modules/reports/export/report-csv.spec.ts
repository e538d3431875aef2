import { csvCell } from './report-csv';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('¥3,800.50')).toBe('"¥3,800.50"');
    expect(csvCell('说"好"的')).toBe('"说""好""的"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(null)).toBe('');
  });

  it('keeps numbers (also negative ones) but defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('-1500.00')).toBe('-1500.00');
    expect(csvCell('=HYPERLINK("http://x","点我")')).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+86 138')).toBe("'+86 138");
  });

  it('defuses a minus, tab or CR followed by a formula, not only = + @', () => {
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('-A1')).toBe("'-A1");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('0.25')).toBe('0.25');
  });
});
