import type { Prisma } from '@grassroots/db';
import type DataLoader from 'dataloader';

import { traineeScope } from '../../core/auth/scopes';
import { groupedBy } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { toOutcome, type TraineeOutcome } from './graduation.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    outcomesByTrainee: DataLoader<string, (TraineeOutcome & { traineeId: string })[]>;
  }
}

registerLoaders({
  outcomesByTrainee: ({ prisma, actor }) =>
    groupedBy<TraineeOutcome & { traineeId: string }, Prisma.TraineeOutcomeWhereInput>(
      'traineeId',
      () => ({ trainee: traineeScope(actor()) }),
      async (where) =>
        (await prisma.traineeOutcome.findMany({ where, orderBy: { monthsAfter: 'asc' } })).map((r) => ({
          ...toOutcome(r),
          traineeId: r.traineeId,
        })),
    ),
});
