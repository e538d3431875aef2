/** pg-boss's statement builders (plain CommonJS, no types of its own); only what the job queue uses. */
declare module 'pg-boss/src/plans' {
  const plans: {
    completeJobs(schema: string): string;
    failJobsById(schema: string): string;
  };
  export default plans;
}
