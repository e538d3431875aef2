import { graphql } from '../../gql';

export const TRAINEES = graphql(`
  query Trainees($page: Int, $pageSize: Int, $search: String, $status: TraineeStatus, $todo: TodoCard) {
    trainees(page: $page, pageSize: $pageSize, search: $search, status: $status, todo: $todo) {
      total
      items {
        id
        name
        nameHint {
          phoneTail
          hometown
        }
        phone
        nationalIdMasked
        hometown
        status
        platformAccounts {
          platform
          handle
        }
      }
    }
  }
`);

export const TRAINEE = graphql(`
  query Trainee($id: ID!) {
    trainee(id: $id) {
      id
      name
      phone
      nationalIdMasked
      hometown
      background
      status
      createdAt
      platformAccounts {
        platform
        handle
      }
      enrolments {
        id
        status
        enrolledAt
        withdrawReason
        cohort {
          id
          name
          startDate
          endDate
          location
          status
          program {
            id
            name
          }
        }
      }
    }
  }
`);

export const TRAINEE_NATIONAL_ID = graphql(`
  query TraineeNationalId($id: ID!) {
    trainee(id: $id) {
      id
      nationalId
    }
  }
`);

export const TRAINEE_OPTIONS = graphql(`
  query TraineeOptions($search: String) {
    trainees(pageSize: 20, search: $search) {
      items {
        id
        name
        phone
        nameHint {
          phoneTail
          hometown
        }
      }
    }
  }
`);

export const CREATE_TRAINEE = graphql(`
  mutation CreateTrainee($input: CreateTraineeInput!) {
    createTrainee(input: $input) {
      id
    }
  }
`);

export const UPDATE_TRAINEE = graphql(`
  mutation UpdateTrainee($input: UpdateTraineeInput!) {
    updateTrainee(input: $input) {
      id
      name
      phone
      nationalIdMasked
      hometown
      background
      status
      platformAccounts {
        platform
        handle
      }
    }
  }
`);

export const TRAINEE_TEAM = graphql(`
  query TraineeTeam($id: ID!) {
    trainee(id: $id) {
      id
      supportTeam {
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
      teamHistory {
        id
        startedAt
        endedAt
        endReason
        team {
          id
          name
        }
      }
    }
  }
`);
