import { Permission } from '@grassroots/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { CreateSponsorInput, SponsorsArgs, UpdateSponsorInput } from './dto/sponsor.input';
import { Sponsor, SponsorPage } from './models/sponsor.model';
import { SponsorsService } from './sponsors.service';

@Resolver(() => Sponsor)
export class SponsorsResolver {
  constructor(private readonly service: SponsorsService) {}

  @Query(() => SponsorPage)
  @RequirePolicy(Permission.SPONSORS_READ)
  sponsors(@CurrentUser() actor: Actor, @Args() args: SponsorsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => Sponsor)
  @RequirePolicy(Permission.SPONSORS_READ)
  sponsor(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => Sponsor)
  @RequirePolicy(Permission.SPONSORS_WRITE)
  createSponsor(@Args('input') input: CreateSponsorInput) {
    return this.service.create(input);
  }

  @Mutation(() => Sponsor)
  @RequirePolicy(Permission.SPONSORS_WRITE)
  updateSponsor(@CurrentUser() actor: Actor, @Args('input') input: UpdateSponsorInput) {
    return this.service.update(actor, input);
  }

  @ResolveField(() => Int)
  @RequirePolicy(Permission.SPONSORS_READ)
  programCount(@Parent() s: Sponsor, @Context() ctx: GqlContext) {
    return ctx.loaders.programCountBySponsor.load(s.id);
  }
}
