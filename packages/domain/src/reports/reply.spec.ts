import { checkSubmission, figureChanges, submitReportSchema } from './reply';

describe('answering a returned report', () => {
  it('requires a reply to resubmit a returned report', () => {
    expect(checkSubmission('RETURNED', {})).toMatchObject([
      { field: 'reply', message: 'Answer the sponsor’s comments' },
    ]);
    expect(checkSubmission('RETURNED', { reply: '  x ' })).toMatchObject([
      { field: 'reply', message: 'Answer the sponsor’s comments' },
    ]);
    expect(checkSubmission('RETURNED', { reply: '已补充售后数据', attachmentIds: ['f1'] })).toEqual([]);
  });
  it('refuses a reply or attachments on a first submission', () => {
    expect(checkSubmission('DRAFT', {})).toEqual([]);
    expect(checkSubmission('DRAFT', { reply: '多余的答复', attachmentIds: ['f1'] })).toMatchObject([
      { field: 'reply', message: 'Only a returned report takes a reply' },
      { field: 'attachmentIds', message: 'Only a returned report takes attachments' },
    ]);
  });
  it('caps the reply and the attachments', () => {
    expect(submitReportSchema.safeParse({ reportId: 'r', version: 1, reply: 'x'.repeat(2001) }).success).toBe(false);
    expect(
      submitReportSchema.safeParse({ reportId: 'r', version: 1, attachmentIds: ['a', 'b', 'c', 'd', 'e', 'f'] })
        .success,
    ).toBe(false);
    expect(submitReportSchema.safeParse({ reportId: 'r', version: 1, attachmentIds: ['a', 'a'] }).success).toBe(false);
    expect(
      submitReportSchema.safeParse({ reportId: 'r', version: 2, reply: '答复', attachmentIds: ['a'] }).success,
    ).toBe(true);
  });
  it('lists the figures that changed, nested ones by their path', () => {
    const before = { live: { gmv: '1000.00', sessions: 3 }, refunds: { rate: 0.08 } };
    const after = { live: { gmv: '1000.00', sessions: 3 }, refunds: { rate: 0.05 } };
    expect(figureChanges(before, after)).toEqual([{ figure: 'refunds.rate', before: '0.08', after: '0.05' }]);
  });
});
