import { graphql } from '../../gql';

export const WORKBENCH = graphql(`
  query Workbench {
    workbench {
      role
      today
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
        title
        detail
        status
        runOfShow
      }
    }
  }
`);
