import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AUTHENTICATED, can, maskPhone, Permission } from '@grassroots/domain';
import { CurrentUser, type Actor } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { Enrolment } from '../enrolments/models/enrolment.model';
import { CreateTraineeInput, TraineesArgs, UpdateTraineeInput } from './dto/trainee.input';
import { Trainee, TraineePage } from './models/trainee.model';
import { TraineesService } from './trainees.service';

@Resolver(() => Trainee)
export class TraineesResolver {
  constructor(private readonly service: TraineesService) {}

  @Query(() => TraineePage)
  @RequirePolicy(Permission.TRAINEES_READ)
  trainees(@CurrentUser() actor: Actor, @Args() args: TraineesArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => Trainee)
  @RequirePolicy(Permission.TRAINEES_READ)
  trainee(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => Trainee, { nullable: true, description: 'For a TRAINEE user: their own record; null for everyone else' })
  @RequirePolicy(AUTHENTICATED)
  myTrainee(@CurrentUser() actor: Actor) {
    return this.service.mine(actor);
  }

  @Mutation(() => Trainee)
  @RequirePolicy(Permission.TRAINEES_WRITE)
  createTrainee(@Args('input') input: CreateTraineeInput) {
    return this.service.create(input);
  }

  @Mutation(() => Trainee)
  @RequirePolicy(Permission.TRAINEES_WRITE)
  updateTrainee(@CurrentUser() actor: Actor, @Args('input') input: UpdateTraineeInput) {
    return this.service.update(actor, input);
  }

  @ResolveField(() => String, { description: 'Masked (138****5678) unless your role may contact trainees, or it is your own' })
  @RequirePolicy(AUTHENTICATED)
  async phone(@Parent() t: Trainee, @CurrentUser() actor: Actor): Promise<string> {
    const full = can(actor.role, Permission.TRAINEES_READ_CONTACT) || actor.traineeId === t.id;
    if (full && actor.traineeId !== t.id) await this.service.auditPhoneRead(actor, t.id);
    return full ? t.phone : maskPhone(t.phone)!;
  }

  @ResolveField(() => String, { description: 'The full resident ID number (ADMIN/COORDINATOR only; every read is audited)' })
  @RequirePolicy(Permission.TRAINEES_READ_PII)
  nationalId(@Parent() t: Trainee, @CurrentUser() actor: Actor) {
    return this.service.revealNationalId(actor, t.id);
  }

  @ResolveField(() => [Enrolment])
  @RequirePolicy(Permission.ENROLMENTS_READ)
  enrolments(@Parent() t: Trainee, @Context() ctx: GqlContext) {
    return ctx.loaders.enrolmentsByTrainee.load(t.id);
  }
}
