import { graphql } from '../../gql';

export const REPORT_FIELDS = graphql(`
  fragment SponsorReportFields on SponsorReport {
    id
    period
    status
    version
    snapshotHash
    hashVerified
    figures
    returnComments
    preparedAt
    submittedAt
    acceptedAt
    returnedAt
    events {
      action
      fromStatus
      toStatus
      comments
      snapshotHash
      actorName
      at
    }
    reply
    previousSnapshotHash
    changesSinceReturn {
      figure
      before
      after
    }
    attachments {
      fileId
      name
      size
      contentType
      sentAt
    }
  }
`);

export const PROGRAM_REPORT = graphql(`
  query ProgramReport($programId: ID!, $period: String!) {
    programReport(programId: $programId, period: $period) {
      programId
      programName
      sponsorName
      period
      from
      to
      figures
      charts
      recordCounts
      hash
      computedAt
      report {
        ...SponsorReportFields
      }
      discrepancies {
        figure
        snapshot
        now
        records {
          kind
          added
          removed
          changed
        }
      }
      recordChanges {
        kind
        added
        removed
        changed
      }
    }
  }
`);

export const REPORT_PROGRAMS = graphql(`
  query ReportPrograms($page: Int, $pageSize: Int, $search: String, $todo: TodoCard) {
    programs(page: $page, pageSize: $pageSize, search: $search, todo: $todo) {
      total
      items {
        id
        name
        startDate
        endDate
        budget
        targetGmv
        sponsor {
          id
          name
        }
        reportPeriods {
          period
          status
        }
      }
    }
  }
`);

export const REPORT_PROGRAM = graphql(`
  query ReportProgram($id: ID!) {
    program(id: $id) {
      id
      name
      startDate
      endDate
      budget
      targetGmv
      timeZone
      sponsor {
        id
        name
      }
    }
  }
`);

export const REPORT_TRAINEES = graphql(`
  query ReportTrainees($programId: ID!, $cohortId: ID!, $period: String!) {
    reportTrainees(programId: $programId, cohortId: $cohortId, period: $period) {
      code
      name
      phone
      status
      attendanceRate
      assignmentsDue
      assignmentsCompleted
      sessionsHeld
      gmv
    }
  }
`);

export const PROGRAM_EXPENSES = graphql(`
  query ProgramExpenses($programId: ID!, $page: Int, $pageSize: Int) {
    programExpenses(programId: $programId, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        spentOn
        amount
        category
        description
        recordedByName
      }
    }
  }
`);

export const PREPARE_REPORT = graphql(`
  mutation PrepareReport($input: PrepareReportInput!) {
    prepareReport(input: $input) {
      ...SponsorReportFields
    }
  }
`);
export const SUBMIT_REPORT = graphql(`
  mutation SubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      ...SponsorReportFields
    }
  }
`);
export const ACCEPT_REPORT = graphql(`
  mutation AcceptReport($input: AcceptReportInput!) {
    acceptReport(input: $input) {
      ...SponsorReportFields
    }
  }
`);
export const RETURN_REPORT = graphql(`
  mutation ReturnReport($input: ReturnReportInput!) {
    returnReport(input: $input) {
      ...SponsorReportFields
    }
  }
`);
export const RECORD_EXPENSE = graphql(`
  mutation RecordExpense($input: RecordExpenseInput!) {
    recordExpense(input: $input) {
      id
    }
  }
`);
