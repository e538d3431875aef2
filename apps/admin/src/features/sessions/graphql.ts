import { graphql } from '../../gql';

export const LIVE_SESSIONS = graphql(`
  query LiveSessions(
    $page: Int
    $pageSize: Int
    $search: String
    $from: String
    $to: String
    $cohortId: ID
    $teamId: ID
    $traineeId: ID
    $status: LiveSessionStatus
    $todo: TodoCard
  ) {
    liveSessions(
      page: $page
      pageSize: $pageSize
      search: $search
      from: $from
      to: $to
      cohortId: $cohortId
      teamId: $teamId
      traineeId: $traineeId
      status: $status
      todo: $todo
    ) {
      total
      items {
        id
        title
        platform
        status
        scheduledStart
        plannedMinutes
        timeZone
        trainee {
          id
          name
          nameHint {
            phoneTail
            hometown
          }
        }
        team {
          id
          name
        }
        results {
          gmv
          netResult
        }
      }
    }
  }
`);

export const SESSION_DAYS = graphql(`
  query SessionDays($from: String!, $to: String!, $cohortId: ID, $teamId: ID, $traineeId: ID) {
    sessionDays(from: $from, to: $to, cohortId: $cohortId, teamId: $teamId, traineeId: $traineeId) {
      date
      total
      scheduled
      live
      ended
      cancelled
      gmv
    }
  }
`);

export const LIVE_SESSION = graphql(`
  query LiveSession($id: ID!) {
    liveSession(id: $id) {
      id
      title
      platform
      status
      scheduledStart
      plannedMinutes
      scheduledEnd
      scriptUrl
      cancelReason
      startedAt
      endedAt
      version
      traineeId
      teamId
      timeZone
      trainee {
        id
        name
        nameHint {
          phoneTail
          hometown
        }
      }
      team {
        id
        name
        members {
          role
          user {
            name
          }
        }
      }
      items {
        id
        position
        productId
        livePrice
        commissionPct
        unitsSold
        gmv
        product {
          id
          name
          status
          perishable
        }
      }
      results {
        actualMinutes
        viewers
        peakViewers
        newFollowers
        orders
        gmv
        adSpend
        refunds
        commission
        netResult
        conversionRate
        gmvPerViewer
        recordedAt
        provenance {
          actualMinutes
          viewers
          peakViewers
          newFollowers
          orders
          gmv
          adSpend
          refunds
          commission
          netResult
        }
      }
    }
  }
`);

export const SCHEDULE_SESSION = graphql(`
  mutation ScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) {
      id
    }
  }
`);

export const UPDATE_SESSION = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      id
    }
  }
`);

export const START_SESSION = graphql(`
  mutation StartSession($id: ID!) {
    startSession(id: $id) {
      id
      status
      startedAt
      version
    }
  }
`);

export const END_SESSION = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id) {
      id
      status
      endedAt
      version
    }
  }
`);

export const CANCEL_SESSION = graphql(`
  mutation CancelSession($input: CancelSessionInput!) {
    cancelSession(input: $input) {
      id
      status
      cancelReason
      version
    }
  }
`);

export const RECORD_RESULTS = graphql(`
  mutation RecordResults($input: RecordResultsInput!) {
    recordSessionResults(input: $input) {
      id
      version
    }
  }
`);

export const IMPORT_RESULTS = graphql(`
  mutation ImportResults($input: ImportResultsInput!) {
    importSessionResults(input: $input) {
      ...ImportJobFields
    }
  }
`);

export const PRODUCTS = graphql(`
  query Products($search: String, $approvedOnly: Boolean) {
    products(search: $search, approvedOnly: $approvedOnly, pageSize: 50) {
      items {
        id
        name
        status
        suggestedLivePrice
        commissionPct
        supplierName
        perishable
      }
    }
  }
`);

export const TRAINEE_PERFORMANCE = graphql(`
  query TraineePerformance($traineeId: ID!, $from: String, $to: String) {
    traineePerformance(traineeId: $traineeId, from: $from, to: $to) {
      from
      to
      totals {
        sessions
        gmv
        netResult
        adSpend
        refunds
        viewers
        orders
        conversionRate
        gmvPerViewer
      }
      series {
        date
        sessions
        gmv
        viewers
        orders
      }
      bestProducts {
        productId
        productName
        sessions
        unitsSold
        gmv
      }
      afterSalesTickets
      afterSalesRate
    }
  }
`);

export const TRAINEE_OPTIONS_WITH_TEAM = graphql(`
  query TraineesWithTeam($search: String) {
    trainees(search: $search, pageSize: 50) {
      items {
        id
        name
        status
        nameHint {
          phoneTail
          hometown
        }
        supportTeam {
          id
          name
          complete
        }
      }
    }
  }
`);

/** The streamer a form opens with (from a team page), whether or not the option list's page holds them. */
export const TRAINEE_OPTION_WITH_TEAM = graphql(`
  query TraineeWithTeam($id: ID!) {
    trainee(id: $id) {
      id
      name
      status
      nameHint {
        phoneTail
        hometown
      }
      supportTeam {
        id
        name
        complete
      }
    }
  }
`);

export const AVAILABILITY = graphql(`
  query Availability($teamId: ID, $traineeId: ID, $weekStart: String!, $minutes: Int) {
    availability(teamId: $teamId, traineeId: $traineeId, weekStart: $weekStart, minutes: $minutes) {
      timeZone
      weekStart
      days
      teamId
      traineeId
      minutes
      busy {
        kind
        title
        start
        end
        who
        sessionId
      }
      freeSlots {
        start
        end
      }
    }
  }
`);

export const SCHEDULE_SESSION_SERIES = graphql(`
  mutation ScheduleSessionSeries($input: ScheduleSessionSeriesInput!) {
    scheduleSessionSeries(input: $input) {
      id
    }
  }
`);
