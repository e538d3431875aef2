import type { Prisma } from '@grassroots/db';
import type DataLoader from 'dataloader';

import { enrolmentScope } from '../../core/auth/scopes';
import { groupedBy } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { type Enrolment, ENROLMENT_SELECT, toEnrolment } from './models/enrolment.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    enrolmentsByCohort: DataLoader<string, Enrolment[]>;
    enrolmentsByTrainee: DataLoader<string, Enrolment[]>;
  }
}

registerLoaders({
  enrolmentsByCohort: ({ prisma, actor }) =>
    groupedBy<Enrolment, Prisma.EnrolmentWhereInput>(
      'cohortId',
      () => enrolmentScope(actor()),
      async (where) =>
        (await prisma.enrolment.findMany({ where, select: ENROLMENT_SELECT, orderBy: { enrolledAt: 'asc' } })).map(
          toEnrolment,
        ),
    ),
  enrolmentsByTrainee: ({ prisma, actor }) =>
    groupedBy<Enrolment, Prisma.EnrolmentWhereInput>(
      'traineeId',
      () => enrolmentScope(actor()),
      async (where) =>
        (await prisma.enrolment.findMany({ where, select: ENROLMENT_SELECT, orderBy: { enrolledAt: 'desc' } })).map(
          toEnrolment,
        ),
    ),
});
