import type { Database } from '@grassroots/db';
import { createCohort, createEnrolment, createProgram, createSponsor, createTrainee } from '@grassroots/db/testing';

/**
 * Two sponsors with one program each, cohorts and enrolled trainees: enough to prove that one party cannot
 * reach the other's records.
 */
export async function buildWorld(db: Database) {
  const p = db.prisma;
  const sponsorA = await createSponsor(p, { name: '疏附县乡村振兴局' });
  const sponsorB = await createSponsor(p, { name: '怀化市商务局' });
  const programA = await createProgram(p, { sponsorId: sponsorA.id, name: '疏附县直播培训' });
  const programB = await createProgram(p, { sponsorId: sponsorB.id, name: '麻阳直播培训' });
  const cohortA = await createCohort(p, { programId: programA.id, name: '疏附第一期', capacity: 3 });
  const cohortB = await createCohort(p, { programId: programB.id, name: '麻阳第一期' });
  const traineeA1 = await createTrainee(p, { name: '阿依古丽', phone: '13812345678', status: 'ENROLLED' });
  const traineeA2 = await createTrainee(p, { name: '买买提', phone: '13912345678', status: 'ENROLLED' });
  const traineeB = await createTrainee(p, { name: '刘小红', phone: '13712345678', status: 'ENROLLED' });
  const applicant = await createTrainee(p, { name: '王建国', phone: '13612345678', status: 'APPLIED' });
  const enrolA1 = await createEnrolment(p, { traineeId: traineeA1.id, cohortId: cohortA.id });
  const enrolA2 = await createEnrolment(p, { traineeId: traineeA2.id, cohortId: cohortA.id });
  const enrolB = await createEnrolment(p, { traineeId: traineeB.id, cohortId: cohortB.id });
  return {
    sponsorA,
    sponsorB,
    programA,
    programB,
    cohortA,
    cohortB,
    traineeA1,
    traineeA2,
    traineeB,
    applicant,
    enrolA1,
    enrolA2,
    enrolB,
  };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;

/** An in-progress cohort with `n` active trainees enrolled (trainee fields and cohort fields overridable). */
export async function cohortWithTrainees(
  db: Database,
  n: number,
  o: { cohort?: Parameters<typeof createCohort>[1]; trainee?: (i: number) => Parameters<typeof createTrainee>[1] } = {},
) {
  const cohort = await createCohort(db.prisma, { status: 'IN_PROGRESS', ...o.cohort });
  const trainees = [];
  for (let i = 0; i < n; i++) {
    const t = await createTrainee(db.prisma, { status: 'ACTIVE', ...o.trainee?.(i) });
    await createEnrolment(db.prisma, { traineeId: t.id, cohortId: cohort.id });
    trainees.push(t);
  }
  return { cohort, trainees };
}
