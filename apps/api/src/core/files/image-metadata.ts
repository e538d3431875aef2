/**
 * Strips what a photo says beyond its pixels — EXIF (GPS position, camera serial, time), XMP, IPTC, comments,
 * embedded thumbnails and trailers — without decoding or re-encoding the image (no native dependency). The
 * pixels are copied byte for byte; a JPEG keeps only its EXIF orientation, rewritten as a minimal EXIF block, so
 * phone photos still display upright.
 *
 * Returns null when the bytes are not a well-formed image of the given type (the upload is then refused).
 */
export function stripImageMetadata(type: string, data: Buffer): Buffer | null {
  try {
    if (type === 'image/jpeg') return stripJpeg(data);
    if (type === 'image/png') return stripPng(data);
    if (type === 'image/webp') return stripWebp(data);
    return data;
  } catch {
    return null;
  }
}

class Malformed extends Error {}
const need = (ok: boolean): void => {
  if (!ok) throw new Malformed();
};

// ---- JPEG ----

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;

/** Which segments carry what the image needs: frame, tables, scans; JFIF, Adobe colour transform, ICC profile. */
function keepSegment(marker: number, body: Buffer): boolean {
  if (marker < APP0 || marker > 0xef) return marker !== 0xfe; // COM (0xFE) is a free-text comment
  if (marker === APP0 || marker === APP14) return true;
  if (marker === APP2) return body.toString('latin1', 0, 12) === 'ICC_PROFILE\0'; // not MPF, whose images carry EXIF
  return false; // APP1 (EXIF, XMP), APP13 (IPTC/Photoshop) and every other application segment
}

function stripJpeg(b: Buffer): Buffer {
  need(b.length >= 4 && b[0] === 0xff && b[1] === SOI);
  const out: Buffer[] = [Buffer.from([0xff, SOI])];
  let orientation = 1;
  let wroteOrientation = false;
  let i = 2;
  for (;;) {
    need(i + 1 < b.length && b[i] === 0xff);
    while (b[i + 1] === 0xff) i++; // fill bytes
    const marker = b[i + 1];
    if (marker === EOI) {
      out.push(Buffer.from([0xff, EOI])); // anything after the image (trailers, extra pictures) is dropped
      return Buffer.concat(out);
    }
    need(i + 3 < b.length);
    const len = b.readUInt16BE(i + 2);
    need(len >= 2 && i + 2 + len <= b.length);
    const body = b.subarray(i + 4, i + 2 + len);
    if (marker === APP1 && body.toString('latin1', 0, 6) === 'Exif\0\0')
      orientation = exifOrientation(body.subarray(6)) ?? orientation;
    if (!wroteOrientation && marker !== APP0 && orientation !== 1) {
      out.push(orientationSegment(orientation));
      wroteOrientation = true;
    }
    if (keepSegment(marker, body)) out.push(b.subarray(i, i + 2 + len));
    i += 2 + len;
    if (marker === SOS) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker.
      const start = i;
      while (i + 1 < b.length && !(b[i] === 0xff && b[i + 1] !== 0 && (b[i + 1] < 0xd0 || b[i + 1] > 0xd7))) i++;
      need(i + 1 < b.length);
      out.push(b.subarray(start, i));
    }
  }
}

/** The Orientation tag (0x0112) of IFD0 in a TIFF-structured EXIF block, if present and sane. */
function exifOrientation(tiff: Buffer): number | null {
  if (tiff.length < 8) return null;
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const le = order === 'II';
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const n = u16(ifd);
  for (let k = 0; k < n; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > tiff.length) return null;
    if (u16(e) === 0x0112 && u16(e + 2) === 3) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : null;
    }
  }
  return null;
}

/** An APP1 EXIF segment holding one tag: Orientation. */
function orientationSegment(orientation: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const head = Buffer.from([0xff, APP1, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

// ---- PNG ----

/** Text chunks, EXIF and the modification time; everything that draws the image stays. */
const PNG_METADATA = new Set(['tEXt', 'iTXt', 'zTXt', 'eXIf', 'tIME']);

function stripPng(b: Buffer): Buffer {
  need(b.length >= 8);
  const out: Buffer[] = [b.subarray(0, 8)];
  let i = 8;
  for (;;) {
    need(i + 12 <= b.length);
    const len = b.readUInt32BE(i);
    const type = b.toString('latin1', i + 4, i + 8);
    need(i + 12 + len <= b.length);
    if (!PNG_METADATA.has(type)) out.push(b.subarray(i, i + 12 + len));
    i += 12 + len;
    if (type === 'IEND') return Buffer.concat(out);
  }
}

// ---- WebP ----

function stripWebp(b: Buffer): Buffer {
  need(b.length >= 12);
  const chunks: Buffer[] = [];
  let i = 12;
  const end = Math.min(b.length, 8 + b.readUInt32LE(4));
  while (i + 8 <= end) {
    const type = b.toString('latin1', i, i + 4);
    const len = b.readUInt32LE(i + 4);
    const size = 8 + len + (len % 2);
    need(i + 8 + len <= end);
    if (type !== 'EXIF' && type !== 'XMP ') {
      const chunk = Buffer.from(b.subarray(i, Math.min(i + size, end)));
      if (type === 'VP8X' && len >= 1) chunk[8] &= ~(0x08 | 0x04); // the EXIF and XMP flags
      chunks.push(chunk);
    }
    i += size;
  }
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(4 + body.length, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
}
