import { can, maskPhone, Permission } from '@grassroots/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import type { GqlContext } from '../../core/graphql/context';
import { StaffMember } from '../../core/graphql/models/staff-member.model';
import { Product } from '../catalogue/models/catalogue.model';
import { AfterSalesService, clocksOf } from './aftersales.service';
import {
  AssignTicketInput,
  CommentTicketInput,
  CreateTicketInput,
  MoveTicketInput,
  TicketsArgs,
  UpdateTicketInput,
} from './dto/ticket.input';
import {
  CannedReply,
  ResolutionPreview,
  Ticket,
  TicketClocks,
  TicketEvent,
  TicketPage,
  TicketSession,
} from './models/ticket.model';

@Resolver(() => Ticket)
export class AfterSalesResolver {
  constructor(private readonly service: AfterSalesService) {}

  @Query(() => TicketPage, { description: 'Queues: OPEN, MINE, DUE_SOON, BREACHED, ALL' })
  @RequirePolicy(Permission.TICKETS_READ)
  tickets(@CurrentUser() actor: Actor, @Args() args: TicketsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => Ticket)
  @RequirePolicy(Permission.TICKETS_READ)
  ticket(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => Ticket)
  @RequirePolicy(Permission.TICKETS_WRITE)
  createTicket(@CurrentUser() actor: Actor, @Args('input') input: CreateTicketInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => Ticket, { description: 'A state-machine move (CONFLICT if illegal or if the version is stale)' })
  @RequirePolicy(Permission.TICKETS_WRITE)
  moveTicket(@CurrentUser() actor: Actor, @Args('input') input: MoveTicketInput) {
    return this.service.move(actor, input);
  }

  @Mutation(() => Ticket, { description: 'Adds an internal note or a reply to the customer' })
  @RequirePolicy(Permission.TICKETS_WRITE)
  commentTicket(@CurrentUser() actor: Actor, @Args('input') input: CommentTicketInput) {
    return this.service.comment(actor, input);
  }

  @Mutation(() => Ticket)
  @RequirePolicy(Permission.TICKETS_WRITE)
  assignTicket(@CurrentUser() actor: Actor, @Args('input') input: AssignTicketInput) {
    return this.service.assign(actor, input);
  }

  @Mutation(() => Ticket, { description: 'Priority, refund amount and the dates the legal clocks run from' })
  @RequirePolicy(Permission.TICKETS_WRITE)
  updateTicket(@CurrentUser() actor: Actor, @Args('input') input: UpdateTicketInput) {
    return this.service.update(actor, input);
  }

  @Query(() => ResolutionPreview, {
    description: 'Whether resolving this ticket with QUALITY as the root cause would suspend its product',
  })
  @RequirePolicy(Permission.TICKETS_WRITE)
  ticketResolutionPreview(@CurrentUser() actor: Actor, @Args('ticketId', { type: () => ID }) ticketId: string) {
    return this.service.resolutionPreview(actor, ticketId);
  }

  @Query(() => [CannedReply])
  @RequirePolicy(Permission.TICKETS_WRITE)
  cannedReplies() {
    return this.service.cannedReplies();
  }

  @Query(() => [StaffMember], { description: 'Active after-sales agents (to assign tickets to)' })
  @RequirePolicy(Permission.TICKETS_WRITE)
  afterSalesAgents() {
    return this.service.agents();
  }

  @ResolveField(() => String, { description: 'Masked (138****5678) for roles that do not need it' })
  @RequirePolicy(Permission.TICKETS_READ)
  customerPhone(@Parent() t: Ticket, @CurrentUser() actor: Actor): string {
    return can(actor.role, Permission.TICKETS_READ_CONTACT) ? t.customerPhone : maskPhone(t.customerPhone)!;
  }

  @ResolveField(() => [TicketEvent], { description: 'The timeline, oldest first; internal notes only for staff' })
  @RequirePolicy(Permission.TICKETS_READ)
  async events(@Parent() t: Ticket, @CurrentUser() actor: Actor, @Context() ctx: GqlContext) {
    const all = await ctx.loaders.tickets.eventsByTicket.load(t.id);
    return actor.traineeId ? all.filter((e) => !e.internal) : all;
  }

  @ResolveField(() => TicketClocks)
  @RequirePolicy(Permission.TICKETS_READ)
  async clocks(@Parent() t: Ticket, @Context() ctx: GqlContext) {
    const [events, perishable] = await Promise.all([
      ctx.loaders.tickets.eventsByTicket.load(t.id),
      ctx.loaders.tickets.perishableByProduct.load(t.productId),
    ]);
    return clocksOf(
      t,
      events.filter((e) => e.kind === 'STATUS'),
      perishable,
    );
  }

  @ResolveField(() => Product, { nullable: true })
  @RequirePolicy(Permission.TICKETS_READ)
  product(@Parent() t: Ticket, @Context() ctx: GqlContext) {
    return ctx.loaders.sessions.product.load(t.productId);
  }

  @ResolveField(() => TicketSession, {
    nullable: true,
    description: 'The session the order came from: stream, streamer and date, no figures',
  })
  @RequirePolicy(Permission.TICKETS_READ)
  session(@Parent() t: Ticket, @Context() ctx: GqlContext) {
    return t.sessionId ? ctx.loaders.tickets.sessionByTicket.load(t.id) : null;
  }

  @ResolveField(() => StaffMember, { nullable: true })
  @RequirePolicy(Permission.TICKETS_READ)
  assignee(@Parent() t: Ticket, @Context() ctx: GqlContext) {
    return t.assigneeId ? ctx.loaders.staff.load(t.assigneeId) : null;
  }
}
