import { graphql } from '../gql';

/** What the admin reads of an import's job: every import mutation returns it and the poll below re-reads it. */
export const IMPORT_JOB_FIELDS = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    status
    phase
    progress
    total
    error
    errorCode
    errorParams
    report {
      imported
      rows
      problems {
        row
        column
        message
        messageCode
        params
      }
    }
  }
`);

/** An import's job, polled until it has finished (imports run off the request path). */
export const IMPORT_JOB = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);
