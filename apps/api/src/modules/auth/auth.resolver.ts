import { AUTHENTICATED, PUBLIC } from '@grassroots/domain';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import { SESSION_COOKIE } from '../../core/auth/session.service';
import type { GqlContext } from '../../core/graphql/context';
import { AuthService, toMe } from './auth.service';
import { ChangePasswordInput, LoginInput } from './dto/login.input';
import { LoginPayload, Me } from './models/me.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly service: AuthService) {}

  @Mutation(() => LoginPayload, { description: 'Signs in and sets the httpOnly session cookie' })
  @RequirePolicy(PUBLIC)
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<LoginPayload> {
    const { me, token, expiresAt } = await this.service.login(input.email, input.password, ctx.req.ip ?? 'unknown');
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.req.secure,
      path: '/',
    });
    return { user: me, expiresAt };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session' })
  @RequirePolicy(PUBLIC)
  async logout(@CurrentUser() actor: Actor | null, @Context() ctx: GqlContext): Promise<boolean> {
    await this.service.logout(actor);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Query(() => Me)
  @RequirePolicy(AUTHENTICATED)
  me(@CurrentUser() actor: Actor): Me {
    return toMe(actor);
  }

  @Mutation(() => Boolean, { description: 'Changes your own password; your other sessions end' })
  @RequirePolicy(AUTHENTICATED)
  async changePassword(@CurrentUser() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.service.changePassword(actor, input.currentPassword, input.newPassword);
    return true;
  }
}
