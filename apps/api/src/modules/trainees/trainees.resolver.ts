import { AUTHENTICATED, nameHint, Permission, projectTrainee, traineeView } from '@grassroots/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { ImportJob } from '../../core/jobs/job.model';
import { Enrolment } from '../enrolments/models/enrolment.model';
import { CreateTraineeInput, ImportTraineesInput, TraineesArgs, UpdateTraineeInput } from './dto/trainee.input';
import { NameHint, PlatformAccount, Trainee, TraineePage } from './models/trainee.model';
import { TraineesService } from './trainees.service';

const seenBy = (actor: Actor, t: Trainee) => projectTrainee(traineeView(actor.role, actor.traineeId === t.id), t);

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

  @Mutation(() => ImportJob, {
    description:
      'Starts importing trainees and enrolling them (a job: poll importJob): all rows or none, with every problem by row and column',
  })
  @RequirePolicy(Permission.TRAINEES_WRITE)
  importTrainees(@CurrentUser() actor: Actor, @Args('input') input: ImportTraineesInput) {
    return this.service.startImport(actor, input);
  }

  @Mutation(() => Trainee)
  @RequirePolicy(Permission.TRAINEES_WRITE)
  updateTrainee(@CurrentUser() actor: Actor, @Args('input') input: UpdateTraineeInput) {
    return this.service.update(actor, input);
  }

  // What each role sees of a trainee (docs/adr/0009): one projection, applied to every trainee whatever the path.
  @ResolveField(() => String, { description: 'For sponsors a pseudonym (阿**), as in the reports' })
  @RequirePolicy(AUTHENTICATED)
  name(@Parent() t: Trainee, @CurrentUser() actor: Actor): string {
    return seenBy(actor, t).name;
  }

  @ResolveField(() => NameHint, {
    nullable: true,
    description: 'Set only when another trainee you can see is shown under the same name: what tells them apart',
  })
  @RequirePolicy(AUTHENTICATED)
  async nameHint(
    @Parent() t: Trainee,
    @CurrentUser() actor: Actor,
    @Context() ctx: GqlContext,
  ): Promise<NameHint | null> {
    const view = traineeView(actor.role, actor.traineeId === t.id);
    return nameHint(view, projectTrainee(view, t), await ctx.loaders.namesakesByName.load(t.name));
  }

  @ResolveField(() => String, {
    description: 'Masked (138****5678) unless your role may contact trainees, or it is your own',
  })
  @RequirePolicy(AUTHENTICATED)
  async phone(@Parent() t: Trainee, @CurrentUser() actor: Actor): Promise<string> {
    const shown = seenBy(actor, t).phone;
    // Staff reading someone else's full number leave an audit entry (one per list).
    if (shown === t.phone && actor.traineeId !== t.id) await this.service.auditPhoneRead(actor, t.id);
    return shown;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Resident ID number with the middle masked (110105********1234); null for sponsors',
  })
  @RequirePolicy(AUTHENTICATED)
  nationalIdMasked(@Parent() t: Trainee, @CurrentUser() actor: Actor): string | null {
    return seenBy(actor, t).nationalIdMasked;
  }

  @ResolveField(() => String, { nullable: true, description: 'Null for sponsors' })
  @RequirePolicy(AUTHENTICATED)
  hometown(@Parent() t: Trainee, @CurrentUser() actor: Actor): string | null {
    return seenBy(actor, t).hometown;
  }

  @ResolveField(() => String, { nullable: true, description: 'Null for sponsors' })
  @RequirePolicy(AUTHENTICATED)
  background(@Parent() t: Trainee, @CurrentUser() actor: Actor): string | null {
    return seenBy(actor, t).background;
  }

  @ResolveField(() => [PlatformAccount], { description: 'Empty for sponsors' })
  @RequirePolicy(AUTHENTICATED)
  platformAccounts(@Parent() t: Trainee, @CurrentUser() actor: Actor): readonly PlatformAccount[] {
    return seenBy(actor, t).platformAccounts;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why the trainee was dropped, when they were; null for sponsors',
  })
  @RequirePolicy(AUTHENTICATED)
  statusReason(@Parent() t: Trainee, @CurrentUser() actor: Actor): string | null {
    return seenBy(actor, t).statusReason;
  }

  @ResolveField(() => String, {
    description: 'The full resident ID number (ADMIN/COORDINATOR only; every read is audited)',
  })
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
