import { graphql } from '../../gql';

export const TICKETS = graphql(`
  query Tickets(
    $page: Int
    $pageSize: Int
    $queue: TicketQueue
    $search: String
    $priority: TicketPriority
    $todo: TodoCard
  ) {
    tickets(page: $page, pageSize: $pageSize, queue: $queue, search: $search, priority: $priority, todo: $todo) {
      total
      items {
        id
        number
        type
        priority
        status
        customerName
        createdAt
        product {
          id
          name
        }
        clocks {
          resolution {
            dueAt
            breached
            dueSoon
            paused
          }
          firstResponse {
            breached
            stoppedAt
          }
        }
      }
    }
  }
`);

export const TICKET = graphql(`
  query Ticket($id: ID!) {
    ticket(id: $id) {
      id
      number
      orderRef
      type
      priority
      status
      customerName
      customerPhone
      amountClaimed
      refundAmount
      rootCause
      version
      actions
      deliveredAt
      returnReceivedAt
      refundedAt
      firstRespondedAt
      resolvedAt
      createdAt
      assigneeId
      product {
        id
        name
        perishable
      }
      session {
        id
        title
        streamerName
        scheduledStart
      }
      assignee {
        id
        name
      }
      clocks {
        firstResponse {
          dueAt
          stoppedAt
          paused
          breached
          dueSoon
          remainingMinutes
        }
        resolution {
          dueAt
          stoppedAt
          paused
          breached
          dueSoon
          remainingMinutes
        }
        returnEligible
        returnWindowClosesAt
        refundDueAt
        refundOverdue
      }
      events {
        id
        kind
        internal
        body
        messageCode
        messageParams
        fromStatus
        toStatus
        at
        author {
          id
          name
        }
      }
    }
  }
`);

export const CREATE_TICKET = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
    }
  }
`);

export const MOVE_TICKET = graphql(`
  mutation MoveTicket($input: MoveTicketInput!) {
    moveTicket(input: $input) {
      id
      status
      version
    }
  }
`);

export const COMMENT_TICKET = graphql(`
  mutation CommentTicket($input: CommentTicketInput!) {
    commentTicket(input: $input) {
      id
    }
  }
`);

export const ASSIGN_TICKET = graphql(`
  mutation AssignTicket($input: AssignTicketInput!) {
    assignTicket(input: $input) {
      id
      version
    }
  }
`);

export const UPDATE_TICKET = graphql(`
  mutation UpdateTicket($input: UpdateTicketInput!) {
    updateTicket(input: $input) {
      id
      version
    }
  }
`);

export const TICKET_HELPERS = graphql(`
  query TicketHelpers {
    cannedReplies {
      id
      title
      body
    }
    afterSalesAgents {
      id
      name
    }
  }
`);

export const SESSIONS_WITH_PRODUCT = graphql(`
  query SessionsWithProduct($productId: ID!, $from: String) {
    liveSessions(productId: $productId, from: $from, status: ENDED, pageSize: 50) {
      items {
        id
        title
        scheduledStart
        trainee {
          id
          name
          nameHint {
            phoneTail
            hometown
          }
        }
      }
    }
  }
`);

export const RESOLUTION_PREVIEW = graphql(`
  query TicketResolutionPreview($ticketId: ID!) {
    ticketResolutionPreview(ticketId: $ticketId) {
      productId
      productName
      suspendsProduct
      qualityTickets
      unitsSold
      windowDays
    }
  }
`);
