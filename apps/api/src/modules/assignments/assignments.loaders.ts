import type DataLoader from 'dataloader';
import { assignmentScope } from '../../core/auth/scopes';
import { byId } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { ASSIGNMENT_SELECT, toAssignment, type Assignment } from './models/assignment.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    assignment: DataLoader<string, Assignment | null>;
  }
}

registerLoaders({
  assignment: ({ prisma, actor }) => byId(() => assignmentScope(actor()), async (where) => (await prisma.assignment.findMany({ where, select: ASSIGNMENT_SELECT })).map(toAssignment)),
});
