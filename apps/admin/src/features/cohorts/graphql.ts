import { graphql } from '../../gql';

export const COHORTS = graphql(`
  query Cohorts(
    $page: Int
    $pageSize: Int
    $search: String
    $programId: ID
    $status: CohortStatus
    $track: CohortTrack
  ) {
    cohorts(page: $page, pageSize: $pageSize, search: $search, programId: $programId, status: $status, track: $track) {
      total
      items {
        id
        name
        track
        status
        startDate
        endDate
        capacity
        location
        enrolledCount
        program {
          id
          name
        }
      }
    }
  }
`);

export const COHORT = graphql(`
  query Cohort($id: ID!) {
    cohort(id: $id) {
      id
      name
      track
      status
      startDate
      endDate
      capacity
      location
      enrolledCount
      seatsLeft
      program {
        id
        name
        startDate
        endDate
        timeZone
      }
      enrolments {
        id
        status
        enrolledAt
        withdrawnAt
        withdrawReason
        trainee {
          id
          name
          phone
          status
          hometown
          nameHint {
            phoneTail
            hometown
          }
        }
      }
    }
  }
`);

export const CREATE_COHORT = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
    }
  }
`);

export const UPDATE_COHORT = graphql(`
  mutation UpdateCohort($input: UpdateCohortInput!) {
    updateCohort(input: $input) {
      id
      name
      track
      status
      startDate
      endDate
      capacity
      location
    }
  }
`);

export const ENROL_CANDIDATES = graphql(`
  query EnrolCandidates($cohortId: ID!, $search: String, $page: Int, $pageSize: Int) {
    trainees(availableForCohortId: $cohortId, search: $search, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        name
        phone
        hometown
        status
        nameHint {
          phoneTail
          hometown
        }
      }
    }
  }
`);

export const ENROL_TRAINEES = graphql(`
  mutation EnrolTrainees($input: EnrolTraineesInput!) {
    enrolTrainees(input: $input) {
      id
    }
  }
`);

export const WITHDRAW_ENROLMENT = graphql(`
  mutation WithdrawEnrolment($input: WithdrawEnrolmentInput!) {
    withdrawEnrolment(input: $input) {
      id
      status
      withdrawnAt
      withdrawReason
    }
  }
`);

/** Cohorts running now or soon, for pickers (teams, sessions). */
export const COHORT_OPTIONS = graphql(`
  query CohortOptions {
    cohorts(pageSize: 100) {
      items {
        id
        name
        status
      }
    }
  }
`);

/** Short-term → long-term: the cohort's graduates with their results, and the program's long-term cohorts. */
export const PROMOTION_CHOICES = graphql(`
  query PromotionChoices($cohortId: ID!, $programId: ID!) {
    graduationReport(cohortId: $cohortId) {
      attendanceRate
      averageScoreShare
      liveSessions
      gmv
      trainee {
        id
        name
        status
        nameHint {
          phoneTail
          hometown
        }
      }
    }
    cohorts(programId: $programId, track: LONG_TERM, pageSize: 100) {
      items {
        id
        name
        status
        seatsLeft
      }
    }
  }
`);

export const PROMOTE_GRADUATES = graphql(`
  mutation PromoteGraduates($input: PromoteGraduatesInput!) {
    promoteGraduates(input: $input) {
      id
    }
  }
`);

export const IMPORT_TRAINEES = graphql(`
  mutation ImportTrainees($input: ImportTraineesInput!) {
    importTrainees(input: $input) {
      ...ImportJobFields
    }
  }
`);
