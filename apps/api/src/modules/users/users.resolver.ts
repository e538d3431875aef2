import { Permission } from '@grassroots/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import { AuditLogArgs, CreateUserInput, SetUserActiveInput, UpdateUserInput, UsersArgs } from './dto/user.input';
import { AuditEntryPage, User, UserPage } from './models/user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserPage)
  @RequirePolicy(Permission.USERS_MANAGE)
  users(@Args() args: UsersArgs) {
    return this.service.list(args);
  }

  @Query(() => User)
  @RequirePolicy(Permission.USERS_MANAGE)
  user(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => User)
  @RequirePolicy(Permission.USERS_MANAGE)
  createUser(@Args('input') input: CreateUserInput) {
    return this.service.create(input);
  }

  @Mutation(() => User, { description: 'Changes name, role or link; a role change ends the user’s sessions' })
  @RequirePolicy(Permission.USERS_MANAGE)
  updateUser(@CurrentUser() actor: Actor, @Args('input') input: UpdateUserInput) {
    return this.service.update(actor, input);
  }

  @Mutation(() => User, { description: 'Deactivating ends the user’s sessions at once; they can no longer sign in' })
  @RequirePolicy(Permission.USERS_MANAGE)
  setUserActive(@CurrentUser() actor: Actor, @Args('input') input: SetUserActiveInput) {
    return this.service.setActive(actor, input);
  }

  @Query(() => AuditEntryPage)
  @RequirePolicy(Permission.AUDIT_READ)
  auditLog(@CurrentUser() actor: Actor, @Args() args: AuditLogArgs) {
    return this.service.auditLog(actor, args);
  }
}
