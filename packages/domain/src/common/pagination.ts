import { z } from './z';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const pageSchema = z.object({
  page: z.number().int().min(1, 'common.pageStarts1').default(1),
  pageSize: z
    .number()
    .int()
    .min(1, 'common.pageSizeMustLeast1')
    .max(MAX_PAGE_SIZE, 'common.pageSizeMost')
    .default(DEFAULT_PAGE_SIZE),
});
export type PageInput = z.infer<typeof pageSchema>;

export function toSkipTake(p: PageInput): { skip: number; take: number } {
  return { skip: (p.page - 1) * p.pageSize, take: p.pageSize };
}
