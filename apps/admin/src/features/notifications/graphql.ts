import { graphql } from '../../gql';

export const UNREAD_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NOTIFICATIONS = graphql(`
  query Notifications($unreadOnly: Boolean, $page: Int!, $pageSize: Int!) {
    notifications(unreadOnly: $unreadOnly, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        kind
        title
        body
        linkType
        linkId
        readAt
        createdAt
      }
    }
    unreadNotificationCount
  }
`);

export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unread
    }
  }
`);

export const SET_MY_LOCALE = graphql(`
  mutation SetMyLocale($input: SetMyLocaleInput!) {
    setMyLocale(input: $input)
  }
`);

export const PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      channel
      enabled
      isDefault
      available
    }
  }
`);

export const SET_PREFERENCE = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      kind
      channel
      enabled
      isDefault
      available
    }
  }
`);

export const CHANNELS = graphql(`
  query NotificationChannels {
    notificationChannels {
      id
      name
      platform
      teamId
      teamName
      programId
      programName
      webhookMasked
      hasSecret
      kinds
      locale
      active
    }
    teams(pageSize: 100) {
      items {
        id
        name
      }
    }
    programs(pageSize: 100) {
      items {
        id
        name
      }
    }
  }
`);

export const SAVE_CHANNEL = graphql(`
  mutation SaveNotificationChannel($input: SaveNotificationChannelInput!) {
    saveNotificationChannel(input: $input) {
      id
      name
      platform
      teamId
      teamName
      programId
      programName
      webhookMasked
      hasSecret
      kinds
      locale
      active
    }
  }
`);

export const DEAD_LETTERS = graphql(`
  query DeadLetters($page: Int!, $pageSize: Int!) {
    deadLetters(page: $page, pageSize: $pageSize) {
      total
      items {
        id
        kind
        title
        target
        targetName
        status
        attempts
        lastError
        updatedAt
      }
    }
  }
`);

export const RETRY_DELIVERY = graphql(`
  mutation RetryDelivery($id: ID!) {
    retryDelivery(id: $id) {
      id
      status
    }
  }
`);
