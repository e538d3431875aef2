import { graphql } from '../gql';

/** An import's job, polled until it has finished (imports run off the request path). */
export const IMPORT_JOB = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      status
      phase
      progress
      total
      error
      report {
        imported
        rows
        problems {
          row
          column
          message
        }
      }
    }
  }
`);
