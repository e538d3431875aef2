import type { Prisma } from '@grassroots/db';
import { StreamPlatform, TraineeStatus } from '@grassroots/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Paginated } from '../../../core/graphql/pagination';

registerEnumType(TraineeStatus, { name: 'TraineeStatus' });
registerEnumType(StreamPlatform, { name: 'StreamPlatform' });

@ObjectType()
export class PlatformAccount {
  @Field(() => StreamPlatform) platform: StreamPlatform;
  @Field() handle: string;
}

/**
 * The raw record. What a role sees of name, phone, ID number, hometown, background, handles and status reason is
 * decided by the field resolvers (TraineesResolver, through the domain's traineeView), for every trainee the API
 * returns, however it was reached.
 */
@ObjectType({
  description: 'What tells apart trainees listed under the same name (only what the caller is shown anyway)',
})
export class NameHint {
  @Field({ description: 'The last four digits of the phone' }) phoneTail: string;
  @Field(() => String, { nullable: true, description: 'Null for sponsors' }) hometown: string | null;
}

@ObjectType({ description: 'A person in training to become a streamer' })
export class Trainee {
  @Field(() => ID) id: string;
  name: string;
  phone: string;
  nationalIdMasked: string;
  hometown: string;
  background: string;
  platformAccounts: PlatformAccount[];
  @Field(() => TraineeStatus) status: TraineeStatus;
  statusReason: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class TraineePage extends Paginated(Trainee) {}

export const TRAINEE_SELECT = {
  id: true,
  name: true,
  phone: true,
  nationalIdMasked: true,
  hometown: true,
  background: true,
  platformAccounts: true,
  status: true,
  statusReason: true,
  createdAt: true,
} satisfies Prisma.TraineeSelect;
export type TraineeRow = Prisma.TraineeGetPayload<{ select: typeof TRAINEE_SELECT }>;

export const toTrainee = (r: TraineeRow): Trainee => ({
  ...r,
  status: r.status as TraineeStatus,
  platformAccounts: Array.isArray(r.platformAccounts) ? (r.platformAccounts as unknown as PlatformAccount[]) : [],
});
