import type { GqlClient } from './client';

export const JOB_FIELDS =
  'id status phase progress total error attempts report { imported rows problems { row column message } }';
const JOB = `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`;

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

/** Starts an import (one of the import mutations, selecting JOB_FIELDS) and waits for its report; a failed job fails the test. */
export async function imported(
  client: GqlClient,
  mutation: string,
  variables: Record<string, unknown>,
): Promise<{ imported: number; rows: number; problems: { row: number; column: string; message: string }[] }> {
  const data = await client.ok(mutation, variables);
  const job = await waitForJob(client, (Object.values(data)[0] as { id: string }).id);
  if (job.status !== 'SUCCEEDED') throw new Error(`Import failed: ${job.error}`);
  return job.report;
}
