import { graphql } from '../../gql';

export const TEAMS = graphql(`
  query Teams($page: Int, $pageSize: Int, $search: String, $cohortId: ID) {
    teams(page: $page, pageSize: $pageSize, search: $search, cohortId: $cohortId) {
      total
      items {
        id
        name
        complete
        cohort {
          id
          name
        }
        members {
          id
          role
          active
          user {
            id
            name
          }
        }
        trainees {
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

export const TEAM = graphql(`
  query Team($id: ID!) {
    team(id: $id) {
      id
      name
      complete
      cohortId
      createdAt
      cohort {
        id
        name
      }
      members {
        id
        role
        active
        joinedAt
        user {
          id
          name
        }
      }
      trainees {
        id
        name
        status
        nameHint {
          phoneTail
          hometown
        }
      }
      memberHistory {
        id
        role
        joinedAt
        leftAt
        user {
          id
          name
        }
      }
      assignmentHistory {
        id
        traineeId
        startedAt
        endedAt
        endReason
        trainee {
          id
          name
          nameHint {
            phoneTail
            hometown
          }
        }
      }
      results {
        traineeId
        traineeName
        totals {
          sessions
          gmv
          netResult
          viewers
          orders
          conversionRate
        }
      }
    }
  }
`);

export const CREATE_TEAM = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
    }
  }
`);

export const UPDATE_TEAM = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      id
      name
      complete
      members {
        id
        role
        active
        user {
          id
          name
        }
      }
    }
  }
`);

export const ASSIGN_TEAM = graphql(`
  mutation AssignTeam($input: AssignTeamInput!) {
    assignTeam(input: $input) {
      id
    }
  }
`);

export const END_TEAM_ASSIGNMENT = graphql(`
  mutation EndTeamAssignment($input: EndTeamAssignmentInput!) {
    endTeamAssignment(input: $input) {
      id
    }
  }
`);

export const STAFF_WORKLOAD = graphql(`
  query StaffWorkload {
    staffWorkload {
      load
      cap
      user {
        id
        name
      }
      seats {
        teamId
        teamName
        role
      }
    }
  }
`);

export const COVERAGE_GAPS = graphql(`
  query CoverageGaps($cohortId: ID) {
    teamCoverageGaps(cohortId: $cohortId) {
      problem
      cohortId
      cohortName
      teamId
      teamName
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
`);

export const COHORT_ACTIVE_TRAINEES = graphql(`
  query CohortActiveTrainees($id: ID!) {
    cohort(id: $id) {
      id
      enrolments {
        id
        status
        trainee {
          id
          name
          nameHint {
            phoneTail
            hometown
          }
          supportTeam {
            id
            name
          }
        }
      }
    }
  }
`);

/** Teams for pickers and filters (light enough for 100 at a time under the query-cost limit). */
export const TEAM_OPTIONS = graphql(`
  query TeamOptions($cohortId: ID) {
    teams(pageSize: 100, cohortId: $cohortId) {
      items {
        id
        name
      }
    }
  }
`);
