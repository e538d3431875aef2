import type { Prisma } from '@grassroots/db';
import { shownName, traineeView } from '@grassroots/domain';
import type DataLoader from 'dataloader';

import { traineeScope } from '../../core/auth/scopes';
import { batched, byId } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { toTrainee, type Trainee, TRAINEE_SELECT } from './models/trainee.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    trainee: DataLoader<string, Trainee | null>;
    namesakesByName: DataLoader<string, number>;
  }
}

registerLoaders({
  /**
   * For each trainee's name, how many trainees the caller reaches are shown under it (themselves included): the full
   * name for staff, the pseudonym (热**) for a sponsor. Keyed by the real name, which the resolver already has, so
   * one grouped statement per batch, under traineeScope.
   */
  namesakesByName: ({ prisma, actor }) =>
    batched<number, Prisma.TraineeWhereInput>(
      'name',
      () => traineeScope(actor()),
      async (where, names) => {
        const view = traineeView(actor().role);
        const count = new Map<string, number>();
        if (view.name === 'full') {
          const groups = await prisma.trainee.groupBy({ by: ['name'], where, _count: { _all: true } });
          for (const g of groups) count.set(g.name, g._count._all);
        } else {
          const firsts = [...new Set(names.map((n) => [...n][0] ?? ''))];
          // Distinct names with their counts (not one row per trainee), folded into the pseudonyms they show as.
          const alike = await prisma.trainee.groupBy({
            by: ['name'],
            where: { AND: [{ OR: firsts.map((c) => ({ name: { startsWith: c } })) }, traineeScope(actor())] },
            _count: { _all: true },
          });
          for (const a of alike) {
            const k = shownName(view, a.name);
            count.set(k, (count.get(k) ?? 0) + a._count._all);
          }
        }
        return names.map((n) => count.get(view.name === 'full' ? n : shownName(view, n)) ?? 0);
      },
    ),

  trainee: ({ prisma, actor }) =>
    byId(
      () => traineeScope(actor()),
      async (where) => (await prisma.trainee.findMany({ where, select: TRAINEE_SELECT })).map(toTrainee),
    ),
});
