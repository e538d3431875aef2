import type { Prisma } from '@grassroots/db';
import { SEAT_HOLDING_STATUSES } from '@grassroots/domain';
import type DataLoader from 'dataloader';

import { cohortScope } from '../../core/auth/scopes';
import { byId, counts, unowned } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { type Cohort, COHORT_SELECT, toCohort } from './models/cohort.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    cohort: DataLoader<string, Cohort | null>;
    seatsTakenByCohort: DataLoader<string, number>;
  }
}

registerLoaders({
  cohort: ({ prisma, actor }) =>
    byId(
      () => cohortScope(actor()),
      async (where) => (await prisma.cohort.findMany({ where, select: COHORT_SELECT })).map(toCohort),
    ),

  /** Seats taken per cohort (an aggregate: visible to whoever may see the cohort). */
  seatsTakenByCohort: ({ prisma }) =>
    counts<Prisma.EnrolmentWhereInput>(
      'cohortId',
      () => unowned('a count, shown with a cohort the caller may see'),
      async (where) =>
        (
          await prisma.enrolment.groupBy({
            by: ['cohortId'],
            where: { AND: [where, { status: { in: [...SEAT_HOLDING_STATUSES] } }] },
            _count: { _all: true },
          })
        ).map((r) => [r.cohortId, r._count._all]),
    ),
});
