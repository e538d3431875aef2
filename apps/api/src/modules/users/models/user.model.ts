import type { Prisma } from '@grassroots/db';
import { Role } from '@grassroots/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';

import { Paginated } from '../../../core/graphql/pagination';

@ObjectType({ description: 'An account (never exposes the password hash)' })
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => Role) role: Role;
  @Field() active: boolean;
  @Field(() => ID, { nullable: true }) traineeId: string | null;
  @Field(() => ID, { nullable: true }) sponsorId: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class UserPage extends Paginated(User) {}

export const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  traineeId: true,
  sponsorId: true,
  createdAt: true,
} satisfies Prisma.UserSelect;
export type UserRow = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;
export const toUser = (r: UserRow): User => ({ ...r, role: r.role as Role });

@ObjectType({ description: 'A record an audit entry is about, named for people (a ticket number, a trainee name)' })
export class AuditTarget {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Null when the record is gone or of a kind without a name' })
  name: string | null;
}

@ObjectType()
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => Role, { nullable: true }) actorRole: Role | null;
  @Field(() => String, { nullable: true, description: 'The name of the acting user' }) actorName: string | null;
  @Field() action: string;
  @Field(() => String, { nullable: true }) targetType: string | null;
  @Field(() => [String]) targetIds: string[];
  @Field(() => [AuditTarget], { description: 'targetIds with the names people know them by' }) targets: AuditTarget[];
  @Field() result: string;
  @Field(() => String, { nullable: true, description: 'JSON detail' }) detail: string | null;
}

@ObjectType()
export class AuditEntryPage extends Paginated(AuditEntry) {}
