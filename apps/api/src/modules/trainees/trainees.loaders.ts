import type DataLoader from 'dataloader';
import { traineeScope } from '../../core/auth/scopes';
import { byId } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { toTrainee, TRAINEE_SELECT, type Trainee } from './models/trainee.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    trainee: DataLoader<string, Trainee | null>;
  }
}

registerLoaders({
  trainee: ({ prisma, actor }) => byId(() => traineeScope(actor()), async (where) => (await prisma.trainee.findMany({ where, select: TRAINEE_SELECT })).map(toTrainee)),
});
