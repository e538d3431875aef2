import { graphql } from '../../gql';

export const GRADUATION_REPORT = graphql(`
  query GraduationReport($cohortId: ID!) {
    graduationReport(cohortId: $cohortId) {
      eligible
      attendanceRate
      gradedAssignments
      averageScoreShare
      trainee {
        id
        name
        status
        nameHint {
          phoneTail
          hometown
        }
      }
      results {
        code
        met
        detail
        detailCode
        detailParams
      }
    }
  }
`);

export const DECIDE_GRADUATION = graphql(`
  mutation DecideGraduation($input: DecideGraduationInput!) {
    decideGraduation(input: $input) {
      id
      status
      statusReason
    }
  }
`);
