import type { Prisma } from '@grassroots/db';
import type DataLoader from 'dataloader';

import { byId, unowned } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';
import type { StaffMember } from '../../core/graphql/models/staff-member.model';

declare module '../../core/graphql/loaders' {
  interface Loaders {
    /** Staff members by id, as others see them (name only). */
    staff: DataLoader<string, StaffMember | null>;
  }
}

registerLoaders({
  staff: ({ prisma }) =>
    byId<StaffMember, Prisma.UserWhereInput>(
      () => unowned('staff names are shown to everyone signed in'),
      async (where) => prisma.user.findMany({ where, select: { id: true, name: true } }),
    ),
});
