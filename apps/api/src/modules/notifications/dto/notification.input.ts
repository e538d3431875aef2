import {
  markNotificationsReadSchema,
  NOTIFICATION_LOCALES,
  pageSchema,
  saveNotificationChannelSchema,
  setNotificationPreferenceSchema,
} from '@grassroots/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

import { PageArgs } from '../../../core/graphql/pagination';
import { ZodSchema } from '../../../core/validation/zod-schema.decorator';

@ArgsType()
@ZodSchema(pageSchema.extend({ unreadOnly: z.boolean().optional() }))
export class NotificationsArgs extends PageArgs {
  @Field({ nullable: true }) unreadOnly?: boolean;
}

@InputType()
@ZodSchema(markNotificationsReadSchema)
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These (one’s own) notifications…' }) ids?: string[];
  @Field({ nullable: true, description: '…or every unread one' }) all?: boolean;
}

@InputType()
@ZodSchema(setNotificationPreferenceSchema)
export class SetNotificationPreferenceInput {
  @Field() kind: string;
  @Field({ description: 'SMS or EMAIL (in-app is always on)' }) channel: string;
  @Field() enabled: boolean;
}

@InputType()
@ZodSchema(z.object({ locale: z.enum(NOTIFICATION_LOCALES) }))
export class SetMyLocaleInput {
  @Field({ description: 'zh-CN or en' }) locale: string;
}

@InputType()
@ZodSchema(saveNotificationChannelSchema)
export class SaveNotificationChannelInput {
  @Field(() => ID, { nullable: true, description: 'Absent: a new robot' }) id?: string;
  @Field() name: string;
  @Field({ description: 'WECOM, DINGTALK or FEISHU' }) platform: string;
  @Field(() => ID, { nullable: true }) teamId?: string | null;
  @Field(() => ID, { nullable: true }) programId?: string | null;
  @Field(() => String, { nullable: true, description: 'Write-only; leave out on an edit to keep the stored one' })
  webhookUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Write-only signing secret (DingTalk 加签, Feishu 签名校验)' })
  secret?: string | null;
  @Field(() => [String], { nullable: true, description: 'Kinds to post; empty: all that may go to this group' })
  kinds?: string[];
  @Field({ nullable: true }) locale?: string;
  @Field({ nullable: true }) active?: boolean;
}

@ArgsType()
@ZodSchema(pageSchema)
export class DeadLettersArgs extends PageArgs {}
