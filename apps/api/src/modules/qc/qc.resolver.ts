import { Permission } from '@grassroots/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import { TodoCard } from '../workbench/models/workbench.model';
import {
  InspectionsArgs,
  QcInspection,
  QcInspectionPage,
  QcTask,
  RecordInspectionInput,
  SamplingArgs,
  SamplingPreview,
} from './qc.model';
import { QcService } from './qc.service';

@Resolver(() => QcInspection)
export class QcResolver {
  constructor(private readonly service: QcService) {}

  @Query(() => [QcTask], { description: 'Products waiting for (re-)inspection, oldest first' })
  @RequirePolicy(Permission.INSPECTIONS_READ)
  qcTasks(
    @CurrentUser() actor: Actor,
    @Args('todo', { type: () => TodoCard, nullable: true, description: 'Only the tasks this workbench card counts' })
    todo?: TodoCard,
  ) {
    return this.service.tasks(actor, todo);
  }

  @Query(() => QcInspectionPage)
  @RequirePolicy(Permission.INSPECTIONS_READ)
  inspections(@Args() args: InspectionsArgs) {
    return this.service.list(args);
  }

  @Query(() => SamplingPreview, {
    description: 'ISO 2859-1 sample size and accept/reject numbers for a lot, and the checklist',
  })
  @RequirePolicy(Permission.INSPECTIONS_READ)
  samplingPlanFor(@Args() args: SamplingArgs) {
    return this.service.preview(args);
  }

  @Mutation(() => QcInspection, { description: 'Records an inspection; PASS approves the product, FAIL rejects it' })
  @RequirePolicy(Permission.INSPECTIONS_WRITE)
  recordInspection(@CurrentUser() actor: Actor, @Args('input') input: RecordInspectionInput) {
    return this.service.record(actor, input);
  }
}
