import {
  type MessageParams,
  RootCause,
  StreamPlatform,
  TicketAction,
  TicketPriority,
  TicketStatus,
  TicketType,
} from '@grassroots/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { JSONObject } from '../../../core/graphql/json.scalar';
import { StaffMember } from '../../../core/graphql/models/staff-member.model';
import { Paginated } from '../../../core/graphql/pagination';

registerEnumType(TicketType, { name: 'TicketType' });
registerEnumType(TicketPriority, { name: 'TicketPriority' });
registerEnumType(TicketStatus, { name: 'TicketStatus' });
registerEnumType(TicketAction, { name: 'TicketAction' });
registerEnumType(RootCause, { name: 'RootCause' });

@ObjectType({ description: 'A service-level clock: paused while waiting for the customer' })
export class SlaClock {
  @Field() dueAt: Date;
  @Field(() => Date, { nullable: true }) stoppedAt: Date | null;
  @Field() paused: boolean;
  @Field() breached: boolean;
  @Field() dueSoon: boolean;
  @Field({ description: 'Minutes left (negative once breached)' }) remainingMinutes: number;
}

@ObjectType()
export class TicketClocks {
  @Field(() => SlaClock) firstResponse: SlaClock;
  @Field(() => SlaClock) resolution: SlaClock;
  @Field({ description: '7-day no-reason return applies (not for perishable goods)' }) returnEligible: boolean;
  @Field(() => Date, { nullable: true }) returnWindowClosesAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Refund due 7 days after the return arrived' })
  refundDueAt: Date | null;
  @Field() refundOverdue: boolean;
}

@ObjectType({ description: 'One entry of a ticket’s timeline' })
export class TicketEvent {
  @Field(() => ID) id: string;
  @Field({ description: 'COMMENT, STATUS, ASSIGN, UPDATE, SYSTEM' }) kind: string;
  @Field({ description: 'Internal note (true) or a reply the customer sees (false)' }) internal: boolean;
  @Field({ description: 'The text; for a SYSTEM event its English (a fallback: messageCode with messageParams)' })
  body: string;
  @Field(() => String, { nullable: true }) messageCode: string | null;
  @Field(() => JSONObject, { nullable: true }) messageParams: MessageParams | null;
  @Field(() => TicketStatus, { nullable: true }) fromStatus: TicketStatus | null;
  @Field(() => TicketStatus, { nullable: true }) toStatus: TicketStatus | null;
  @Field(() => StaffMember, { nullable: true }) author: StaffMember | null;
  @Field() at: Date;
}

@ObjectType({
  description:
    'Which live session an order came from, as after-sales sees it: the stream, who and when — no sales figures',
})
export class TicketSession {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => StreamPlatform) platform: StreamPlatform;
  @Field() scheduledStart: Date;
  @Field({ description: 'The streamer’s name' }) streamerName: string;
}

@ObjectType()
export class Ticket {
  @Field(() => ID) id: string;
  @Field() number: string;
  @Field() orderRef: string;
  @Field(() => ID) productId: string;
  @Field(() => ID, { nullable: true }) sessionId: string | null;
  @Field(() => ID, { nullable: true }) traineeId: string | null;
  @Field() customerName: string;
  /** Raw; the field resolver masks it for roles that may not see it. */
  customerPhone: string;
  @Field(() => TicketType) type: TicketType;
  @Field(() => TicketPriority) priority: TicketPriority;
  @Field(() => TicketStatus) status: TicketStatus;
  @Field() amountClaimed: string;
  @Field(() => String, { nullable: true }) refundAmount: string | null;
  @Field(() => RootCause, { nullable: true }) rootCause: RootCause | null;
  @Field(() => ID, { nullable: true }) assigneeId: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => Date, { nullable: true }) returnReceivedAt: Date | null;
  @Field(() => Date, { nullable: true }) refundedAt: Date | null;
  @Field(() => Date, { nullable: true }) firstRespondedAt: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field() createdAt: Date;
  @Field(() => Int) version: number;
  @Field(() => [TicketAction], { description: 'What can be done next' }) actions: TicketAction[];
}

@ObjectType()
export class TicketPage extends Paginated(Ticket) {}

@ObjectType()
export class CannedReply {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() body: string;
}

export const TicketQueue = {
  OPEN: 'OPEN',
  MINE: 'MINE',
  DUE_SOON: 'DUE_SOON',
  BREACHED: 'BREACHED',
  ALL: 'ALL',
} as const;
export type TicketQueue = (typeof TicketQueue)[keyof typeof TicketQueue];
registerEnumType(TicketQueue, { name: 'TicketQueue' });

@ObjectType({ description: 'What resolving a ticket with QUALITY as its root cause would do to its product now' })
export class ResolutionPreview {
  @Field(() => ID) productId: string;
  @Field() productName: string;
  @Field({ description: 'Resolving it so suspends the product and sends it for re-inspection (the feedback loop)' })
  suspendsProduct: boolean;
  @Field(() => Int, { description: 'Quality complaints in the window, this ticket included' }) qualityTickets: number;
  @Field(() => Int, { description: 'Units the product sold in ended sessions in the window' }) unitsSold: number;
  @Field(() => Int) windowDays: number;
}
