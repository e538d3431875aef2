import {
  createUserSchema,
  dateOnlySchema,
  pageSchema,
  Role,
  todoCardSchema,
  updateUserSchema,
} from '@grassroots/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';
import { TodoCard } from '../../workbench/models/workbench.model';

@InputType()
@ZodSchema(createUserSchema)
export class CreateUserInput {
  @Field() email: string;
  @Field() name: string;
  @Field(() => Role) role: Role;
  @Field() password: string;
  @Field(() => ID, { nullable: true }) traineeId?: string | null;
  @Field(() => ID, { nullable: true }) sponsorId?: string | null;
}

@InputType()
@ZodSchema(updateUserSchema)
export class UpdateUserInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) name?: string;
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => ID, { nullable: true }) traineeId?: string | null;
  @Field(() => ID, { nullable: true }) sponsorId?: string | null;
}

@InputType()
@ZodSchema(z.object({ id: z.string().min(1), active: z.boolean() }))
export class SetUserActiveInput {
  @Field(() => ID) id: string;
  @Field() active: boolean;
}

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    search: z.string().trim().max(100).optional(),
    role: z.enum(Object.values(Role) as [Role]).optional(),
    active: z.boolean().optional(),
  }),
)
export class UsersArgs extends PageArgs {
  @Field({ nullable: true, description: 'Matches name or email' }) search?: string;
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field({ nullable: true }) active?: boolean;
}

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    action: z.string().max(100).optional(),
    actorId: z.string().optional(),
    fromDate: dateOnlySchema.optional(),
    toDate: dateOnlySchema.optional(),
    todo: todoCardSchema,
  }),
)
export class AuditLogArgs extends PageArgs {
  @Field(() => TodoCard, {
    nullable: true,
    description: 'Only the rows this workbench to-do card counts for the caller',
  })
  todo?: TodoCard;
  @Field({ nullable: true, description: 'Prefix of the action, e.g. "Mutation.create"' }) action?: string;
  @Field(() => ID, { nullable: true }) actorId?: string;
  @Field({ nullable: true, description: 'First China calendar day (YYYY-MM-DD), inclusive' }) fromDate?: string;
  @Field({ nullable: true, description: 'Last China calendar day (YYYY-MM-DD), inclusive' }) toDate?: string;
}
