import type { Prisma } from '@grassroots/db';
import { DomainError, msg, toSkipTake } from '@grassroots/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from '../../core/auth/actor';
import { sponsorScope } from '../../core/auth/scopes';
import { DatabaseService } from '../../core/database/database.module';
import { contains } from '../../core/database/search';
import type { PageResult } from '../../core/graphql/pagination';
import type { CreateSponsorInput, SponsorsArgs, UpdateSponsorInput } from './dto/sponsor.input';
import { type Sponsor, SPONSOR_SELECT, toSponsor } from './models/sponsor.model';

@Injectable()
export class SponsorsService {
  constructor(private readonly db: DatabaseService) {}

  async list(actor: Actor, args: SponsorsArgs): Promise<PageResult<Sponsor>> {
    const where: Prisma.SponsorWhereInput = {
      AND: [
        sponsorScope(actor),
        args.search ? { OR: [{ name: contains(args.search) }, { region: contains(args.search) }] } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.db.prisma.sponsor.findMany({ where, select: SPONSOR_SELECT, orderBy: { name: 'asc' }, ...toSkipTake(args) }),
      this.db.prisma.sponsor.count({ where }),
    ]);
    return { items: rows.map(toSponsor), total, page: args.page, pageSize: args.pageSize };
  }

  async get(actor: Actor, id: string): Promise<Sponsor> {
    const row = await this.db.prisma.sponsor.findFirst({
      where: { AND: [{ id }, sponsorScope(actor)] },
      select: SPONSOR_SELECT,
    });
    if (!row) throw DomainError.notFound('Sponsor');
    return toSponsor(row);
  }

  async create(input: CreateSponsorInput): Promise<Sponsor> {
    await this.assertNameFree(input.name);
    return toSponsor(
      await this.db.prisma.sponsor.create({
        data: { ...input, contactEmail: input.contactEmail || null },
        select: SPONSOR_SELECT,
      }),
    );
  }

  async update(actor: Actor, input: UpdateSponsorInput): Promise<Sponsor> {
    const { id, ...data } = input;
    await this.get(actor, id);
    if (data.name) await this.assertNameFree(data.name, id);
    return toSponsor(
      await this.db.prisma.sponsor.update({
        where: { id },
        data: { ...data, ...(data.contactEmail !== undefined ? { contactEmail: data.contactEmail || null } : {}) },
        select: SPONSOR_SELECT,
      }),
    );
  }

  private async assertNameFree(name: string, exceptId?: string): Promise<void> {
    const other = await this.db.prisma.sponsor.findUnique({ where: { name }, select: { id: true } });
    if (other && other.id !== exceptId)
      throw DomainError.conflict(msg('sponsors.nameTaken'), [{ field: 'name', ...msg('common.alreadyInUse') }]);
  }
}
