import { can, Permission } from '../auth/permissions';
import { Role } from '../auth/roles';
import { deidentifiedName } from '../reports/inputs';
import { isValidNationalId, maskPhone } from './identity';

/**
 * What each role sees of a trainee (docs/adr/0009-what-each-role-sees-of-a-trainee.md), and — from the same
 * answer — what a search may match: a role can only find a trainee by what it is shown, so a masked or hidden
 * part can never be recovered by narrowing a search character by character.
 */
export interface TraineeView {
  /** `pseudonym`: the family name and stars (阿**), as in the sponsor reports' drill-down. */
  name: 'full' | 'pseudonym';
  /** `masked`: 138****5678. */
  phone: 'full' | 'masked';
  /** The full ID number is a separate, audited field (TRAINEES_READ_PII); this is about the masked one. */
  nationalIdMasked: boolean;
  hometown: boolean;
  background: boolean;
  platformAccounts: boolean;
  statusReason: boolean;
  /** May find a trainee by their full ID number (matched through its keyed hash, never by digits). */
  findByNationalId: boolean;
}

const SPONSOR_VIEW: TraineeView = {
  name: 'pseudonym',
  phone: 'masked',
  nationalIdMasked: false,
  hometown: false,
  background: false,
  platformAccounts: false,
  statusReason: false,
  findByNationalId: false,
};

/** `own`: a trainee reading their own record. */
export function traineeView(role: Role, own = false): TraineeView {
  if (role === Role.SPONSOR) return SPONSOR_VIEW;
  return {
    name: 'full',
    phone: own || can(role, Permission.TRAINEES_READ_CONTACT) ? 'full' : 'masked',
    nationalIdMasked: true,
    hometown: true,
    background: true,
    platformAccounts: true,
    statusReason: true,
    findByNationalId: can(role, Permission.TRAINEES_READ_PII),
  };
}

export interface TraineeFields {
  name: string;
  phone: string;
  nationalIdMasked: string;
  hometown: string;
  background: string;
  platformAccounts: readonly unknown[];
  statusReason: string | null;
}

/** A trainee as `view` may see it: hidden fields become null (or an empty list), the rest masked as the view says. */
export function projectTrainee<T extends TraineeFields>(view: TraineeView, t: T) {
  return {
    ...t,
    name: view.name === 'full' ? t.name : deidentifiedName(t.name),
    phone: view.phone === 'full' ? t.phone : (maskPhone(t.phone) ?? ''),
    nationalIdMasked: view.nationalIdMasked ? t.nationalIdMasked : null,
    hometown: view.hometown ? t.hometown : null,
    background: view.background ? t.background : null,
    platformAccounts: view.platformAccounts ? t.platformAccounts : [],
    statusReason: view.statusReason ? t.statusReason : null,
  };
}

/** How a phone number may be matched: anywhere (full view), or only on the digits the mask shows. */
export type PhoneMatch = { contains: string } | { startsWith?: string; endsWith: string };

/**
 * Someone who sees 138****5678 may find it by "5678" (or "78"), or by the mask as shown, never by a hidden digit:
 * "1381" or "2345" match nothing, however the rest is chosen.
 */
/**
 * A phone as people type it: "159 0000 2468", "159-0000-2468" and "+86 15900002468" are the stored 15900002468.
 * Anything that is not a phone number stays as typed.
 */
export function phoneTerm(term: string): string {
  const t = term.trim();
  const compact = t.replace(/[\s()-]/g, '').replace(/^(?:\+|00)?86(?=1\d{10}$)/, '');
  return /^(\d+|\d{3}\*+\d{4})$/.test(compact) ? compact : t;
}

export function phoneMatch(view: 'full' | 'masked', term: string): PhoneMatch | null {
  const t = phoneTerm(term);
  if (!t) return null;
  if (view === 'full') return { contains: t };
  if (/^\d{1,4}$/.test(t)) return { endsWith: t };
  const shown = /^(\d{3})\*+(\d{4})$/.exec(t);
  return shown ? { startsWith: shown[1], endsWith: shown[2] } : null;
}

/** What a trainee search may match; fields left out must not be matched at all. */
export interface TraineeSearch {
  name?: { contains: string } | { startsWith: string };
  hometown?: { contains: string };
  phone?: PhoneMatch;
  /** A full, valid ID number, to be compared through its keyed hash. */
  nationalId?: string;
}

export function traineeSearch(view: TraineeView, term: string): TraineeSearch {
  const t = term.trim();
  if (!t) return {};
  const out: TraineeSearch = {};
  if (view.name === 'full') out.name = { contains: t };
  else {
    // A pseudonym shows one character: 阿** is found by 阿 (or 阿**), nothing longer.
    const first = [...t.replace(/\*+$/, '')];
    if (first.length === 1) out.name = { startsWith: first[0] };
  }
  if (view.hometown) out.hometown = { contains: t };
  const phone = phoneMatch(view.phone, t);
  if (phone) out.phone = phone;
  const id = t.toUpperCase();
  if (view.findByNationalId && isValidNationalId(id)) out.nationalId = id;
  return out;
}

/** What tells apart trainees listed under the same name: the phone's last four digits, and the hometown if shown. */
export interface NameHint {
  phoneTail: string;
  hometown: string | null;
}

/**
 * The hint for a trainee whose shown name (`view`'s name: the full one, or the pseudonym) is shared with `sameName`
 * trainees the caller reaches, themselves included; null when no one else shares it. Built only from what `view`
 * shows anyway: the last four digits of the (masked) phone, and the hometown where the view shows it — so a
 * sponsor's hint never carries a hometown.
 */
export function nameHint(
  view: TraineeView,
  t: Pick<TraineeFields, 'phone' | 'hometown'>,
  sameName: number,
): NameHint | null {
  if (sameName < 2) return null;
  return { phoneTail: t.phone.slice(-4), hometown: view.hometown ? t.hometown : null };
}

/** The name a view shows (the key namesakes are grouped by). */
export const shownName = (view: TraineeView, name: string): string =>
  view.name === 'full' ? name : deidentifiedName(name);
