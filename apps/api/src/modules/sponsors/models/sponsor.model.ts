import type { Prisma } from '@grassroots/db';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../../core/graphql/pagination';

@ObjectType({ description: 'A government body that funds programs' })
export class Sponsor {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() region: string;
  @Field() contactName: string;
  @Field() contactPhone: string;
  @Field(() => String, { nullable: true }) contactEmail: string | null;
  @Field() createdAt: Date;
  @Field(() => Int, { description: 'Programs of this sponsor visible to you' }) programCount?: number;
}

@ObjectType()
export class SponsorPage extends Paginated(Sponsor) {}

export const SPONSOR_SELECT = {
  id: true,
  name: true,
  region: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  createdAt: true,
} satisfies Prisma.SponsorSelect;
export type SponsorRow = Prisma.SponsorGetPayload<{ select: typeof SPONSOR_SELECT }>;
export const toSponsor = (r: SponsorRow): Sponsor => ({ ...r });
