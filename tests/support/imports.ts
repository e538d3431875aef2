import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

import { graphql } from '../gql';
import type { GqlClient } from './client';

/** What the import mutations select (`{ ...ImportJobFields }`) and waitForJob() reads. */
export const ImportJobFields = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    status
    phase
    progress
    total
    error
    attempts
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
`);
const JOB = graphql(`
  query SupportImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);

/** Follows an import job until it has finished (imports run as jobs); returns the job. */
export async function waitForJob(client: GqlClient, id: string, timeoutMs = 60_000): Promise<any> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = (await client.ok(JOB, { id })).importJob;
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    if (Date.now() > until)
      throw new Error(`Import job ${id} still ${job.status} (${job.phase}) after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts an import (a mutation selecting `...ImportJobFields`) and waits for its report; a failed job fails the test. */
export async function imported<V extends Record<string, unknown>>(
  client: GqlClient,
  mutation: TypedDocumentNode<Record<string, { id: string }>, V>,
  variables: V,
): Promise<{ imported: number; rows: number; problems: { row: number; column: string; message: string }[] }> {
  const data = await client.ok(
    mutation as TypedDocumentNode<Record<string, { id: string }>, Record<string, unknown>>,
    variables,
  );
  const job = await waitForJob(client, (Object.values(data)[0] as { id: string }).id);
  if (job.status !== 'SUCCEEDED') throw new Error(`Import failed: ${job.error}`);
  return job.report;
}
