import { stripImageMetadata } from './image-metadata';

const seg = (marker: number, body: string) => {
  const b = Buffer.from(body, 'latin1');
  return Buffer.concat([Buffer.from([0xff, marker, (b.length + 2) >> 8, (b.length + 2) & 0xff]), b]);
};
// Not decodable pixels, but the structure a JPEG parser walks: SOI, segments, a scan with stuffed 0xFF00 and a restart marker, EOI.
const scan = Buffer.concat([
  seg(0xda, 'sos-header'),
  Buffer.from([1, 2, 0xff, 0x00, 3, 0xff, 0xd0, 4]),
  Buffer.from([0xff, 0xd9]),
]);
const jpeg = (...segments: Buffer[]) => Buffer.concat([Buffer.from([0xff, 0xd8]), ...segments, scan]);

describe('stripImageMetadata', () => {
  it('drops EXIF, XMP, IPTC, comments, MPF and trailers from a JPEG, keeping JFIF, ICC, Adobe and the scan', () => {
    const keep = [seg(0xe0, 'JFIF\0'), seg(0xe2, 'ICC_PROFILE\0x'), seg(0xee, 'Adobe'), seg(0xdb, 'qtable')];
    const input = Buffer.concat([
      jpeg(
        keep[0],
        seg(0xe1, 'Exif\0\0MMgps'),
        seg(0xe1, 'http://ns.adobe.com/xap/1.0/\0'),
        keep[1],
        seg(0xe2, 'MPF\0'),
        seg(0xed, 'Photoshop'),
        seg(0xfe, 'hi'),
        keep[2],
        keep[3],
      ),
      Buffer.from('TRAILER-with-exif'),
    ]);
    expect(stripImageMetadata('image/jpeg', input)).toEqual(jpeg(...keep));
  });

  it('refuses malformed bytes rather than storing them unchecked', () => {
    expect(stripImageMetadata('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x07, 0x07, 1, 2]))).toBeNull();
    expect(stripImageMetadata('image/jpeg', jpeg().subarray(0, 12))).toBeNull();
    expect(stripImageMetadata('image/png', Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR', 'latin1'))).toBeNull();
  });

  it('drops EXIF and XMP chunks from a WebP and clears their flags', () => {
    const chunk = (type: string, data: Buffer) => {
      const h = Buffer.alloc(8);
      h.write(type, 0, 'latin1');
      h.writeUInt32LE(data.length, 4);
      return Buffer.concat([h, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
    };
    const riff = (...chunks: Buffer[]) => {
      const body = Buffer.concat(chunks);
      const h = Buffer.alloc(12);
      h.write('RIFF', 0, 'latin1');
      h.writeUInt32LE(4 + body.length, 4);
      h.write('WEBP', 8, 'latin1');
      return Buffer.concat([h, body]);
    };
    const vp8x = (flags: number) => chunk('VP8X', Buffer.from([flags, 0, 0, 0, 1, 0, 0, 1, 0, 0]));
    const pixels = chunk('VP8L', Buffer.from('pixels!'));
    const out = stripImageMetadata(
      'image/webp',
      riff(vp8x(0x0c), pixels, chunk('EXIF', Buffer.from('gps')), chunk('XMP ', Buffer.from('<x/>'))),
    );
    expect(out).toEqual(riff(vp8x(0), pixels));
  });
});
