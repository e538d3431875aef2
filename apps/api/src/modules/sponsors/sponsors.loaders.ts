import type DataLoader from 'dataloader';

import { programScope, sponsorScope } from '../../core/auth/scopes';
import { byId, counts } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import { type Sponsor, SPONSOR_SELECT, toSponsor } from './models/sponsor.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    sponsor: DataLoader<string, Sponsor | null>;
    programCountBySponsor: DataLoader<string, number>;
  }
}

registerLoaders({
  sponsor: ({ prisma, actor }) =>
    byId(
      () => sponsorScope(actor()),
      async (where) => (await prisma.sponsor.findMany({ where, select: SPONSOR_SELECT })).map(toSponsor),
    ),
  programCountBySponsor: ({ prisma, actor }) =>
    counts(
      'sponsorId',
      () => programScope(actor()),
      async (where) =>
        (await prisma.program.groupBy({ by: ['sponsorId'], where, _count: { _all: true } })).map((r) => [
          r.sponsorId,
          r._count._all,
        ]),
    ),
});
