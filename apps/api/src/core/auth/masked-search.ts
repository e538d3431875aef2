import { phoneLookups, type PiiCipher, type Prisma } from '@grassroots/db';
import { can, isValidMobile, Permission, phoneTerm, traineeSearch, traineeView } from '@grassroots/domain';

import { contains, stringMatch } from '../database/search';
import type { Actor } from './actor';

/**
 * Searches over masked data, in one place: a role matches only what it is shown (packages/domain
 * trainees/visibility.ts), so narrowing a search cannot recover a hidden digit or name.
 */
const NO_MATCH = { id: { in: [] as string[] } };

/**
 * `hashNationalId`: the keyed hashes an ID number may be indexed by (they are stored encrypted) — under every
 * configured key, so a search during a key rotation finds rows not yet re-keyed (`PiiCipher.hashes`).
 */
export function traineeSearchWhere(
  actor: Actor,
  term: string,
  hashNationalId: (id: string) => string[],
): Prisma.TraineeWhereInput {
  const s = traineeSearch(traineeView(actor.role), term);
  const or: Prisma.TraineeWhereInput[] = [];
  if (s.name) or.push({ name: stringMatch(s.name, true) });
  if (s.hometown) or.push({ hometown: contains(s.hometown.contains) });
  if (s.phone) or.push({ phone: stringMatch(s.phone) });
  if (s.nationalId) or.push({ nationalIdHash: { in: hashNationalId(s.nationalId) } });
  return or.length ? { OR: or } : NO_MATCH;
}

/**
 * A ticket's customer phone, matched as the actor sees it (masked without TICKETS_READ_CONTACT). The phones are
 * stored encrypted, so a term is compared through the keyed hashes (blind indexes) the row carries: the full number
 * (only for those who see it), the last four digits, or the mask as shown (138****5678). Partial numbers other than
 * the last four digits match nothing: an index of every fragment would give the digits away. Each is compared under
 * every configured key (a rotation in progress leaves rows indexed under the previous key).
 */
export function customerPhoneWhere(
  actor: Actor,
  term: string,
  pii: PiiCipher,
): Prisma.AfterSalesTicketWhereInput | null {
  const t = phoneTerm(term);
  const full = can(actor.role, Permission.TICKETS_READ_CONTACT);
  if (full && isValidMobile(t)) return { customerPhoneHash: { in: phoneLookups.full(pii, t) } };
  if (/^\d{4}$/.test(t)) return { customerPhoneTailHash: { in: phoneLookups.tail(pii, t) } };
  const shown = /^(\d{3})\*+(\d{4})$/.exec(t);
  return shown ? { customerPhoneMaskHash: { in: phoneLookups.mask(pii, shown[1], shown[2]) } } : null;
}
