import type { Prisma } from '@grassroots/db';
import { can, Permission, phoneMatch, traineeSearch, traineeView } from '@grassroots/domain';

import { contains, stringMatch } from '../database/search';
import type { Actor } from './actor';

/**
 * Searches over masked data, in one place: a role matches only what it is shown (packages/domain
 * trainees/visibility.ts), so narrowing a search cannot recover a hidden digit or name.
 */
const NO_MATCH = { id: { in: [] as string[] } };

/** `hashNationalId`: the keyed hash the ID numbers are indexed by (they are stored encrypted). */
export function traineeSearchWhere(
  actor: Actor,
  term: string,
  hashNationalId: (id: string) => string,
): Prisma.TraineeWhereInput {
  const s = traineeSearch(traineeView(actor.role), term);
  const or: Prisma.TraineeWhereInput[] = [];
  if (s.name) or.push({ name: stringMatch(s.name, true) });
  if (s.hometown) or.push({ hometown: contains(s.hometown.contains) });
  if (s.phone) or.push({ phone: stringMatch(s.phone) });
  if (s.nationalId) or.push({ nationalIdHash: hashNationalId(s.nationalId) });
  return or.length ? { OR: or } : NO_MATCH;
}

/** A ticket's customer phone, matched as the actor sees it (masked without TICKETS_READ_CONTACT). */
export function customerPhoneWhere(actor: Actor, term: string): Prisma.AfterSalesTicketWhereInput | null {
  const m = phoneMatch(can(actor.role, Permission.TICKETS_READ_CONTACT) ? 'full' : 'masked', term);
  return m ? { customerPhone: stringMatch(m) } : null;
}
