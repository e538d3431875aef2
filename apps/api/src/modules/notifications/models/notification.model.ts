import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Paginated } from '../../../core/graphql/pagination';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  RETRYING = 'RETRYING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

@ObjectType({ description: 'One thing the signed-in person was told, in their language' })
export class Notification {
  @Field(() => ID) id: string;
  @Field({ description: 'A notification kind: ASSIGNMENT_DUE_24H, SESSION_STARTING_1H, …' }) kind: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'What it links to: SESSION, ASSIGNMENT, TICKET, …' }) linkType:
    string | null;
  @Field(() => ID, { nullable: true }) linkId: string | null;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class NotificationPage extends Paginated(Notification) {}

@ObjectType({ description: 'Whether the signed-in person gets one kind on one channel (SMS, EMAIL)' })
export class NotificationPreference {
  @Field() kind: string;
  @Field() channel: string;
  @Field() enabled: boolean;
  @Field({ description: 'True while the person has not chosen: the role’s default applies' }) isDefault: boolean;
  @Field({ description: 'False when the channel cannot reach them (no phone number, no SMTP configured)' })
  available: boolean;
}

@ObjectType({ description: 'A group robot; its webhook URL and secret are never sent back' })
export class NotificationChannel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() platform: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field(() => ID, { nullable: true }) programId: string | null;
  @Field(() => String, { nullable: true }) programName: string | null;
  @Field({ description: 'Scheme, host and the last four characters' }) webhookMasked: string;
  @Field() hasSecret: boolean;
  @Field(() => [String]) kinds: string[];
  @Field() locale: string;
  @Field() active: boolean;
}

@ObjectType({ description: 'A delivery that failed after its retries' })
export class DeadLetter {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() title: string;
  @Field() target: string;
  @Field(() => String, { nullable: true, description: 'The robot’s name, or the person’s' }) targetName: string | null;
  @Field(() => DeliveryStatus) status: DeliveryStatus;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() updatedAt: Date;
}

@ObjectType()
export class DeadLetterPage extends Paginated(DeadLetter) {}

@ObjectType()
export class MarkReadResult {
  @Field(() => Int) marked: number;
  @Field(() => Int) unread: number;
}
