import type { Prisma } from '@grassroots/db';
import { shownName, traineeView } from '@grassroots/domain';
import type DataLoader from 'dataloader';
import { traineeScope } from '../../core/auth/scopes';
import { batched, byId } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { toTrainee, TRAINEE_SELECT, type Trainee } from './models/trainee.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    trainee: DataLoader<string, Trainee | null>;
    namesakesByTrainee: DataLoader<string, number>;
  }
}

registerLoaders({
  /**
   * For each trainee, how many trainees the caller reaches are shown under the same name (themselves included):
   * the full name for staff, the pseudonym (热**) for a sponsor. Two queries per batch, both under traineeScope.
   */
  namesakesByTrainee: ({ prisma, actor }) =>
    batched<number, Prisma.TraineeWhereInput>('id', () => traineeScope(actor()), async (where, ids) => {
      const view = traineeView(actor().role);
      const rows = await prisma.trainee.findMany({ where, select: { id: true, name: true } });
      const shown = new Map(rows.map((r) => [r.id, shownName(view, r.name)]));
      const names = [...new Set(shown.values())];
      const count = new Map<string, number>();
      if (names.length && view.name === 'full') {
        const groups = await prisma.trainee.groupBy({ by: ['name'], where: { AND: [{ name: { in: names } }, traineeScope(actor())] }, _count: { _all: true } });
        for (const g of groups) count.set(g.name, g._count._all);
      } else if (names.length) {
        const firsts = [...new Set(names.map((n) => [...n][0]))];
        // Distinct names with their counts (not one row per trainee), folded into the pseudonyms they show as.
        const alike = await prisma.trainee.groupBy({ by: ['name'], where: { AND: [{ OR: firsts.map((c) => ({ name: { startsWith: c } })) }, traineeScope(actor())] }, _count: { _all: true } });
        for (const a of alike) {
          const k = shownName(view, a.name);
          count.set(k, (count.get(k) ?? 0) + a._count._all);
        }
      }
      return ids.map((id) => count.get(shown.get(id) ?? '') ?? 0);
    }),

  trainee: ({ prisma, actor }) => byId(() => traineeScope(actor()), async (where) => (await prisma.trainee.findMany({ where, select: TRAINEE_SELECT })).map(toTrainee)),
});
