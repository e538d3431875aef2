import {
  assignTicketSchema,
  commentTicketSchema,
  createTicketSchema,
  moveTicketSchema,
  pageSchema,
  RootCause,
  TicketAction,
  TicketPriority,
  TicketStatus,
  TicketType,
  todoCardSchema,
  updateTicketSchema,
  values,
} from '@grassroots/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';
import { TodoCard } from '../../workbench/models/workbench.model';
import { TicketQueue } from '../models/ticket.model';

@InputType()
@ZodSchema(createTicketSchema)
export class CreateTicketInput {
  @Field({ description: 'The platform order number' }) orderRef: string;
  @Field(() => ID) productId: string;
  @Field(() => ID, { nullable: true, description: 'The live session the order came from, when known' }) sessionId?:
    string | null;
  @Field() customerName: string;
  @Field() customerPhone: string;
  @Field(() => TicketType) type: TicketType;
  @Field(() => TicketPriority, { nullable: true }) priority?: TicketPriority;
  @Field() amountClaimed: string;
  @Field(() => String, { nullable: true }) deliveredAt?: string | null;
  @Field({ description: 'What the customer reports (first entry of the timeline)' }) description: string;
}

@InputType()
@ZodSchema(moveTicketSchema)
export class MoveTicketInput {
  @Field(() => ID) ticketId: string;
  @Field(() => Int) version: number;
  @Field(() => TicketAction) action: TicketAction;
  @Field(() => RootCause, { nullable: true, description: 'Required to resolve' }) rootCause?: RootCause | null;
  @Field(() => String, { nullable: true }) refundAmount?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
@ZodSchema(commentTicketSchema)
export class CommentTicketInput {
  @Field(() => ID) ticketId: string;
  @Field() body: string;
  @Field({ description: 'true: internal note; false: reply to the customer' }) internal: boolean;
}

@InputType()
@ZodSchema(assignTicketSchema)
export class AssignTicketInput {
  @Field(() => ID) ticketId: string;
  @Field(() => Int) version: number;
  @Field(() => ID, { nullable: true }) assigneeId: string | null;
}

@InputType()
@ZodSchema(updateTicketSchema)
export class UpdateTicketInput {
  @Field(() => ID) ticketId: string;
  @Field(() => Int) version: number;
  @Field(() => TicketPriority, { nullable: true }) priority?: TicketPriority;
  @Field(() => String, { nullable: true }) refundAmount?: string | null;
  @Field(() => String, { nullable: true }) returnReceivedAt?: string | null;
  @Field(() => String, { nullable: true }) refundedAt?: string | null;
  @Field(() => String, { nullable: true }) deliveredAt?: string | null;
}

@ArgsType()
@ZodSchema(
  pageSchema.extend({
    queue: z.enum(values(TicketQueue)).default('OPEN'),
    status: z.enum(values(TicketStatus)).optional(),
    priority: z.enum(values(TicketPriority)).optional(),
    productId: z.string().optional(),
    search: z.string().trim().max(100).optional(),
    todo: todoCardSchema,
  }),
)
export class TicketsArgs extends PageArgs {
  @Field(() => TodoCard, {
    nullable: true,
    description: 'Only the rows this workbench to-do card counts for the caller',
  })
  todo?: TodoCard;
  @Field(() => TicketQueue, { nullable: true, defaultValue: 'OPEN' }) queue?: TicketQueue;
  @Field(() => TicketStatus, { nullable: true }) status?: TicketStatus;
  @Field(() => TicketPriority, { nullable: true }) priority?: TicketPriority;
  @Field(() => ID, { nullable: true }) productId?: string;
  @Field({
    nullable: true,
    description: 'Number, order, customer name, or customer phone (only its shown digits when masked)',
  })
  search?: string;
}
