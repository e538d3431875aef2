import { DEFAULT_MAX_TRAINEES_PER_STAFF } from '@grassroots/domain';

/** Operator settings read from the environment (documented in the README). */
export function maxTraineesPerStaff(): number {
  const raw = process.env.GRASSROOTS_MAX_TRAINEES_PER_STAFF;
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_TRAINEES_PER_STAFF;
}
