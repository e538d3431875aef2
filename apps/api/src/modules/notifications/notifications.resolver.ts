import { AUTHENTICATED, Permission } from '@grassroots/domain';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { Actor } from '../../core/auth/actor';
import { CurrentUser } from '../../core/auth/current-user';
import { RequirePolicy } from '../../core/auth/policy.decorator';
import {
  DeadLettersArgs,
  MarkNotificationsReadInput,
  NotificationsArgs,
  SaveNotificationChannelInput,
  SetMyLocaleInput,
  SetNotificationPreferenceInput,
} from './dto/notification.input';
import { InboxService } from './inbox.service';
import {
  DeadLetter,
  DeadLetterPage,
  MarkReadResult,
  Notification,
  NotificationChannel,
  NotificationPage,
  NotificationPreference,
} from './models/notification.model';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly inbox: InboxService) {}

  @Query(() => NotificationPage, { description: "The signed-in person's notifications, newest first" })
  @RequirePolicy(AUTHENTICATED)
  notifications(@CurrentUser() actor: Actor, @Args() args: NotificationsArgs) {
    return this.inbox.list(actor, args);
  }

  @Query(() => Int, { description: 'The bell: how many of my notifications are unread' })
  @RequirePolicy(AUTHENTICATED)
  unreadNotificationCount(@CurrentUser() actor: Actor) {
    return this.inbox.unread(actor);
  }

  @Mutation(() => MarkReadResult)
  @RequirePolicy(AUTHENTICATED)
  markNotificationsRead(@CurrentUser() actor: Actor, @Args('input') input: MarkNotificationsReadInput) {
    return this.inbox.markRead(actor, input);
  }

  @Query(() => [NotificationPreference], {
    description: 'My SMS and email choices for each kind I can receive (in-app is always on)',
  })
  @RequirePolicy(AUTHENTICATED)
  notificationPreferences(@CurrentUser() actor: Actor) {
    return this.inbox.preferences(actor);
  }

  @Mutation(() => [NotificationPreference])
  @RequirePolicy(AUTHENTICATED)
  setNotificationPreference(@CurrentUser() actor: Actor, @Args('input') input: SetNotificationPreferenceInput) {
    return this.inbox.setPreference(actor, input);
  }

  @Mutation(() => String, { description: 'The language my notifications are written in (zh-CN or en)' })
  @RequirePolicy(AUTHENTICATED)
  setMyLocale(@CurrentUser() actor: Actor, @Args('input') input: SetMyLocaleInput) {
    return this.inbox.setLocale(actor, input.locale);
  }

  @Query(() => [NotificationChannel], { description: 'Group robots per team or program (secrets never shown)' })
  @RequirePolicy(Permission.NOTIFICATIONS_MANAGE)
  notificationChannels() {
    return this.inbox.channels();
  }

  @Mutation(() => NotificationChannel)
  @RequirePolicy(Permission.NOTIFICATIONS_MANAGE)
  saveNotificationChannel(@Args('input') input: SaveNotificationChannelInput) {
    return this.inbox.saveChannel(input);
  }

  @Query(() => DeadLetterPage, { description: 'Deliveries that failed after their retries' })
  @RequirePolicy(Permission.NOTIFICATIONS_MANAGE)
  deadLetters(@CurrentUser() actor: Actor, @Args() args: DeadLettersArgs) {
    return this.inbox.deadLetters(actor, args);
  }

  @Mutation(() => DeadLetter, { description: 'Sends a dead letter again' })
  @RequirePolicy(Permission.NOTIFICATIONS_MANAGE)
  retryDelivery(@CurrentUser() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.inbox.retry(actor, id);
  }
}
