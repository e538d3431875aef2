/**
 * Practice uploads (issue 15 item 16): a trainee attaches a short phone video or a script file to their own
 * submission. The type is decided from the bytes (magic numbers), and the file name's extension must agree with it.
 */

const MB = 1024 * 1024;

/** A practice video: about a minute of 720p exported from a phone (≈ 5–6 Mbit/s), or ~25 s of raw 1080p. */
export const PRACTICE_VIDEO_MAX_BYTES = 50 * MB;
/** A script (PDF, Word or plain text). */
export const PRACTICE_SCRIPT_MAX_BYTES = 5 * MB;
/** At most this many files on one submission. */
export const PRACTICE_FILES_PER_SUBMISSION = 5;

export type PracticeFileType =
  | 'video/mp4'
  | 'video/quicktime'
  | 'video/webm'
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'text/plain';

/** Each accepted type, the extensions a file of that type may carry, and its cap. */
export const PRACTICE_FILE_TYPES: Readonly<
  Record<PracticeFileType, { extensions: readonly string[]; maxBytes: number; video: boolean }>
> = {
  'video/mp4': { extensions: ['mp4', 'm4v'], maxBytes: PRACTICE_VIDEO_MAX_BYTES, video: true },
  'video/quicktime': { extensions: ['mov'], maxBytes: PRACTICE_VIDEO_MAX_BYTES, video: true },
  'video/webm': { extensions: ['webm'], maxBytes: PRACTICE_VIDEO_MAX_BYTES, video: true },
  'application/pdf': { extensions: ['pdf'], maxBytes: PRACTICE_SCRIPT_MAX_BYTES, video: false },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['docx'],
    maxBytes: PRACTICE_SCRIPT_MAX_BYTES,
    video: false,
  },
  'text/plain': { extensions: ['txt'], maxBytes: PRACTICE_SCRIPT_MAX_BYTES, video: false },
};

/** The extensions a picker may offer (`accept` attribute). */
export const PRACTICE_ACCEPT = Object.values(PRACTICE_FILE_TYPES)
  .flatMap((t) => t.extensions.map((e) => `.${e}`))
  .join(',');

/** ISO base media (MP4) brands of ordinary videos; HEIC/AVIF images share the container and are not videos. */
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'M4V ',
  'M4VP',
  'MSNV',
  'dash',
  'mmp4',
  '3gp4',
  '3gp5',
  '3gp6',
]);

const LATIN1 = new TextDecoder('latin1');

/** What a practice file is, from its first bytes; null when it is none of the accepted kinds. */
export function sniffPracticeFile(b: Uint8Array): PracticeFileType | null {
  const ascii = (from: number, to: number) => LATIN1.decode(b.subarray(from, Math.min(to, b.length)));
  if (b.length >= 12 && ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (brand === 'qt  ') return 'video/quicktime';
    return MP4_BRANDS.has(brand) ? 'video/mp4' : null;
  }
  // QuickTime files from older cameras may open with another top-level atom.
  if (b.length >= 8 && ['moov', 'mdat', 'wide', 'free'].includes(ascii(4, 8)) && ascii(0, 2) === '\0\0')
    return 'video/quicktime';
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) {
    // EBML: WebM declares its DocType near the start (Matroska .mkv is not accepted).
    return ascii(4, 64).includes('webm') ? 'video/webm' : null;
  }
  if (b.length >= 5 && ascii(0, 5) === '%PDF-') return 'application/pdf';
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    // A Word document is a zip whose entries include word/…; other zips (xlsx, apk, plain archives) are not scripts.
    const head = ascii(0, 64 * 1024);
    return head.includes('word/') && head.includes('[Content_Types].xml')
      ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : null;
  }
  return isPlainText(b) ? 'text/plain' : null;
}

/** UTF-8 (a BOM allowed) with no NUL and no control characters other than tab, line feed, carriage return and form feed. */
function isPlainText(b: Uint8Array): boolean {
  if (!b.length) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return false;
  }
  for (const c of b) if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) return false;
  return b.indexOf(0x7f) < 0;
}

export type PracticeFileRefusal = 'TYPE' | 'EXTENSION' | 'TOO_LARGE';

/** Whether a practice file may be kept: its bytes are an accepted type, its name says the same, and it fits the cap. */
export function checkPracticeFile(
  name: string,
  bytes: Uint8Array,
): { ok: true; type: PracticeFileType } | { ok: false; reason: PracticeFileRefusal } {
  const type = sniffPracticeFile(bytes);
  if (!type) return { ok: false, reason: 'TYPE' };
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const spec = PRACTICE_FILE_TYPES[type];
  if (!spec.extensions.includes(ext)) return { ok: false, reason: 'EXTENSION' };
  if (bytes.length > spec.maxBytes) return { ok: false, reason: 'TOO_LARGE' };
  return { ok: true, type };
}
