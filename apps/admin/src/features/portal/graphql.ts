import { graphql } from '../../gql';

export const MY_TRAINEE = graphql(`
  query MyTrainee {
    myTrainee {
      id
      name
      phone
      nationalIdMasked
      hometown
      status
      attendanceSummary {
        present
        late
        absent
        excused
        rate
      }
      platformAccounts {
        platform
        handle
      }
      enrolments {
        id
        status
        enrolledAt
        cohort {
          id
          name
          track
          status
          startDate
          endDate
          location
          program {
            id
            name
            timeZone
          }
        }
      }
    }
  }
`);
