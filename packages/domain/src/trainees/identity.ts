/**
 * Chinese resident identity card numbers (GB 11643-1999): 17 digits + a check character computed with
 * ISO 7064 MOD 11-2. Phone numbers: mainland mobile, 11 digits starting with 1[3-9].
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function nationalIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

export function isValidNationalId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  if (y < 1900) return false;
  return nationalIdCheckChar(id.slice(0, 17)) === id[17];
}

export const isValidMobile = (phone: string): boolean => /^1[3-9]\d{9}$/.test(phone);

/** 110105199003071234 → 110105********1234 */
export function maskNationalId(id: string | null | undefined): string | null {
  if (!id) return null;
  return id.length <= 10 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** 13812345678 → 138****5678 */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  return phone.length < 7
    ? '*'.repeat(phone.length)
    : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
