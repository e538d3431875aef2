import type { Prisma, PrismaClient } from '@grassroots/db';
import { type ReportStatus, Role } from '@grassroots/domain';

import type { Actor } from '../../core/auth/actor';
import { programScope } from '../../core/auth/scopes';
import { groupedBy } from '../../core/graphql/loader-kit';
import { registerLoaders } from '../../core/graphql/loaders';

export interface ReportPeriodStatus {
  programId: string;
  period: string;
  status: ReportStatus;
}

/** Each program's report periods and where they stand (no snapshots loaded), one statement per request. */
export class ReportLoaders {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly actor: () => Actor,
  ) {}

  readonly periodsByProgram = groupedBy<ReportPeriodStatus, Prisma.SponsorReportWhereInput>(
    'programId',
    () => ({ program: programScope(this.actor()) }),
    async (where) => {
      const sponsor = this.actor().role === Role.SPONSOR;
      return this.prisma.sponsorReport.findMany({
        where: { AND: [where, sponsor ? { status: { not: 'DRAFT' } } : {}] },
        select: { programId: true, period: true, status: true },
        orderBy: { periodFrom: 'desc' },
      });
    },
  );
}

declare module '../../core/graphql/loaders' {
  interface Loaders {
    reports: ReportLoaders;
  }
}

registerLoaders({ reports: ({ prisma, actor }) => new ReportLoaders(prisma, actor) });
