import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Prisma } from '@grassroots/db';
import { StreamPlatform, TraineeStatus } from '@grassroots/domain';
import { Paginated } from '../../../core/graphql/pagination';

registerEnumType(TraineeStatus, { name: 'TraineeStatus' });
registerEnumType(StreamPlatform, { name: 'StreamPlatform' });

@ObjectType()
export class PlatformAccount {
  @Field(() => StreamPlatform) platform: StreamPlatform;
  @Field() handle: string;
}

@ObjectType({ description: 'A person in training to become a streamer' })
export class Trainee {
  @Field(() => ID) id: string;
  @Field() name: string;
  /** Raw phone; the field resolver masks it for roles that may not see it. */
  phone: string;
  @Field({ description: 'Resident ID number with the middle masked (110105********1234)' }) nationalIdMasked: string;
  @Field() hometown: string;
  @Field() background: string;
  @Field(() => [PlatformAccount]) platformAccounts: PlatformAccount[];
  @Field(() => TraineeStatus) status: TraineeStatus;
  @Field(() => String, { nullable: true, description: 'Why the trainee was dropped, when they were' }) statusReason: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class TraineePage extends Paginated(Trainee) {}

export const TRAINEE_SELECT = {
  id: true, name: true, phone: true, nationalIdMasked: true, hometown: true, background: true,
  platformAccounts: true, status: true, statusReason: true, createdAt: true,
} satisfies Prisma.TraineeSelect;
export type TraineeRow = Prisma.TraineeGetPayload<{ select: typeof TRAINEE_SELECT }>;

export const toTrainee = (r: TraineeRow): Trainee => ({
  ...r,
  status: r.status as TraineeStatus,
  platformAccounts: Array.isArray(r.platformAccounts) ? (r.platformAccounts as unknown as PlatformAccount[]) : [],
});
