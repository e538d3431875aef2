import { checklistFor, checklistProblems, nextProductStatus, statusAfterInspection } from './catalogue';

describe('product QC status', () => {
  it('sends drafts and rejected products to QC, suspends approved ones', () => {
    expect(nextProductStatus('DRAFT', 'SUBMIT')).toBe('PENDING_QC');
    expect(nextProductStatus('REJECTED', 'SUBMIT')).toBe('PENDING_QC');
    expect(nextProductStatus('APPROVED', 'SUSPEND')).toBe('SUSPENDED');
    expect(() => nextProductStatus('APPROVED', 'SUBMIT')).toThrow(/draft or rejected/);
    expect(() => nextProductStatus('DRAFT', 'SUSPEND')).toThrow(/approved/);
  });
  it('lets an inspection decide, but not on a draft', () => {
    expect(statusAfterInspection('PENDING_QC', true)).toBe('APPROVED');
    expect(statusAfterInspection('SUSPENDED', false)).toBe('REJECTED');
    expect(() => statusAfterInspection('DRAFT', true)).toThrow(/Send the product to QC/);
  });
});

describe('inspection checklist', () => {
  it('checks taste/freshness for food and function for other goods', () => {
    expect(checklistFor('干果')).toContain('TASTE_FRESHNESS');
    expect(checklistFor('小家电')).toContain('FUNCTION');
  });
  it('wants every item answered and a failed one explained', () => {
    const full = checklistFor('干果').map((item) => ({ item, ok: true, note: '' }));
    expect(checklistProblems('干果', full)).toEqual([]);
    expect(checklistProblems('干果', full.slice(1))).toMatchObject([
      { field: 'checklist', message: 'Checklist item PACKAGING is missing' },
    ]);
    const failed = full.map((c, i) => (i === 2 ? { ...c, ok: false } : c));
    expect(checklistProblems('干果', failed)).toMatchObject([
      { field: 'checklist.2.note', message: 'Say what is wrong' },
    ]);
  });
});
