import { graphql } from '../../gql';

export const WORKBENCH = graphql(`
  query Workbench {
    workbench {
      role
      today
      timeZone
      cards {
        key
        count
      }
      figures {
        key
        value
        target
        subjectId
        subject
      }
      timeline {
        kind
        targetId
        at
        endAt
        day
        timeZone
        title
        detail
        status
        runOfShow
      }
    }
  }
`);
