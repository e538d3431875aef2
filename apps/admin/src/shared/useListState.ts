import { DEFAULT_PAGE_SIZE } from '@grassroots/domain';
import { useState } from 'react';

/** Page, page size, search and filters of a server-paginated table; changing a filter goes back to page 1. */
export function useListState<F extends Record<string, unknown>>(initialFilters: F) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const [search, setSearchState] = useState('');
  const [filters, setFiltersState] = useState<F>(initialFilters);
  return {
    page,
    pageSize,
    search,
    filters,
    variables: { page, pageSize, search: search || undefined, ...filters },
    /** Back to the first page (another day chosen on a calendar, say). */
    firstPage: () => setPage(1),
    setSearch: (s: string) => {
      setSearchState(s.trim());
      setPage(1);
    },
    setFilter: <K extends keyof F>(k: K, v: F[K]) => {
      setFiltersState((f) => ({ ...f, [k]: v }));
      setPage(1);
    },
    pagination: (total: number | undefined) => ({
      current: page,
      pageSize,
      total: total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      onChange: (p: number, s: number) => {
        setPage(s !== pageSize ? 1 : p);
        setPageSize(s);
      },
    }),
  };
}
