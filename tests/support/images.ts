import { crc32 } from 'node:zlib';

/**
 * Real images for upload tests: a 16×12 JPEG and PNG drawn and encoded by Chromium (JPEG with a JFIF header and an
 * ICC profile), and the same images with the metadata a phone adds — EXIF with GPS position and camera make,
 * XMP, IPTC, a comment; PNG text and eXIf chunks.
 */
export const PHOTO_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABh' +
    'Y3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' +
    'AAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAAB' +
    'UAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAA' +
    'AAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9Y' +
    'WVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAM' +
    'ZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQ' +
    'FxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgo' +
    'KCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAMABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAMF' +
    '/8QAIRAAAQMEAgMBAAAAAAAAAAAAEQEEEgIDExQABQYxUXH/xAAVAQEBAAAAAAAAAAAAAAAAAAAGB//EAB8RAAEDAwUAAAAAAAAA' +
    'AAAAABIAEyIDBBQhUVKB0f/aAAwDAQACEQMRAD8An4V0DXvNzbuX6MMI4qkQmRJRficea9A16PT1Ll+vNOWWpFAiAET6vMBo9dM5' +
    'ajm/YmJYri0keiP1eHb108jtub9+BjluLUD7B/E4OYuMl04cevdVSAqOEUdl/9k=',
  'base64',
);
export const PHOTO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAMCAYAAABr5z2BAAAARklEQVR4AdyQMQ0AIAwEP9WBAyZGhKECUzjABD5g/6EMbdKkTW7o8n95Wb1eCwLj+Qe0eaDBwv4G3PD7MxrsUaDBm8Rv8AAAAP//WsyBZwAAAAZJREFUAwAWQTpJmOGjlwAAAABJRU5ErkJggg==',
  'base64',
);

/** Recognisable bytes that must not survive stripping. */
export const SECRETS = [
  'GPS-SECRET-39.4700N',
  'Xiaomi-SERIAL-7731',
  'xmp-photographer',
  'iptc-byline',
  'jpeg-comment',
  'png-text-secret',
];

function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** A big-endian TIFF/EXIF block: IFD0 with Make, Orientation and a GPS IFD pointer; the GPS IFD with latitude. */
function exif(orientation: number): Buffer {
  const make = Buffer.from(`${SECRETS[1]}\0`, 'latin1');
  const gpsNote = Buffer.from(`${SECRETS[0]}\0`, 'latin1');
  const ifd0At = 8;
  const ifd0Size = 2 + 3 * 12 + 4;
  const gpsAt = ifd0At + ifd0Size;
  const gpsSize = 2 + 3 * 12 + 4;
  const makeAt = gpsAt + gpsSize;
  const latAt = makeAt + make.length;
  const noteAt = latAt + 24;
  const t = Buffer.alloc(noteAt + gpsNote.length);
  t.write('MM', 0, 'latin1');
  t.writeUInt16BE(42, 2);
  t.writeUInt32BE(ifd0At, 4);
  const entry = (at: number, tag: number, type: number, count: number, value: (o: number) => void) => {
    t.writeUInt16BE(tag, at);
    t.writeUInt16BE(type, at + 2);
    t.writeUInt32BE(count, at + 4);
    value(at + 8);
  };
  t.writeUInt16BE(3, ifd0At);
  entry(ifd0At + 2, 0x010f, 2, make.length, (o) => t.writeUInt32BE(makeAt, o)); // Make
  entry(ifd0At + 14, 0x0112, 3, 1, (o) => t.writeUInt16BE(orientation, o)); // Orientation
  entry(ifd0At + 26, 0x8825, 4, 1, (o) => t.writeUInt32BE(gpsAt, o)); // GPS IFD pointer
  t.writeUInt16BE(3, gpsAt);
  entry(gpsAt + 2, 0x0001, 2, 2, (o) => t.write('N\0', o, 'latin1')); // GPSLatitudeRef
  entry(gpsAt + 14, 0x0002, 5, 3, (o) => t.writeUInt32BE(latAt, o)); // GPSLatitude
  entry(gpsAt + 26, 0x001b, 7, gpsNote.length, (o) => t.writeUInt32BE(noteAt, o)); // GPSProcessingMethod
  make.copy(t, makeAt);
  [39, 1, 28, 1, 12, 1].forEach((v, k) => t.writeUInt32BE(v, latAt + k * 4));
  gpsNote.copy(t, noteAt);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), t]);
}

/** PHOTO_JPEG with EXIF (GPS, Orientation), XMP, IPTC and a comment after its JFIF header. */
export function jpegWithMetadata(orientation = 6): Buffer {
  const app0End = 4 + PHOTO_JPEG.readUInt16BE(4);
  return Buffer.concat([
    PHOTO_JPEG.subarray(0, app0End),
    segment(0xe1, exif(orientation)),
    segment(
      0xe1,
      Buffer.from(
        `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>${SECRETS[2]}</dc:creator></x:xmpmeta>`,
        'latin1',
      ),
    ),
    segment(0xed, Buffer.from(`Photoshop 3.0\x008BIM\x04\x04${SECRETS[3]}`, 'latin1')),
    segment(0xfe, Buffer.from(SECRETS[4], 'latin1')),
    PHOTO_JPEG.subarray(app0End),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** PHOTO_PNG with tEXt, iTXt and eXIf chunks after its header. */
export function pngWithMetadata(): Buffer {
  const ihdrEnd = 8 + 12 + PHOTO_PNG.readUInt32BE(8);
  return Buffer.concat([
    PHOTO_PNG.subarray(0, ihdrEnd),
    chunk('tEXt', Buffer.from(`Comment\0${SECRETS[5]}`, 'latin1')),
    chunk('iTXt', Buffer.from(`XML:com.adobe.xmp\0\0\0\0\0${SECRETS[2]}`, 'latin1')),
    chunk('eXIf', exif(1).subarray(6)),
    PHOTO_PNG.subarray(ihdrEnd),
  ]);
}
