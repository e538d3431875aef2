import { checkPracticeFile, PRACTICE_SCRIPT_MAX_BYTES, sniffPracticeFile } from './practice-file';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const mp4 = bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0], 'isomiso2mp41');
const mov = bytes([0, 0, 0, 0x14], 'ftypqt  ', [0, 0, 2, 0], 'qt  ');
const webm = bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm');
const docx = bytes('PK', [3, 4], 'xxxxxxxxxxxxxxxxxxxxxxxxxx[Content_Types].xml....PK', [3, 4], '...word/document.xml');

it('recognises practice videos and scripts by their bytes', () => {
  expect(sniffPracticeFile(mp4)).toBe('video/mp4');
  expect(sniffPracticeFile(mov)).toBe('video/quicktime');
  expect(sniffPracticeFile(webm)).toBe('video/webm');
  expect(sniffPracticeFile(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  expect(sniffPracticeFile(docx)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(sniffPracticeFile(Buffer.from('开场：大家好，我是阿依古丽\r\n今天给大家带来疏附的杏干。\n'))).toBe(
    'text/plain',
  );
});

it('refuses what is none of them: images in an MP4 box, Matroska, other zips, binaries, empty files', () => {
  expect(sniffPracticeFile(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]))).toBeNull();
  expect(sniffPracticeFile(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81], 'matroska'))).toBeNull();
  expect(sniffPracticeFile(bytes('PK', [3, 4], 'xl/workbook.xml[Content_Types].xml'))).toBeNull();
  expect(sniffPracticeFile(bytes([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]))).toBeNull(); // a Windows executable
  expect(sniffPracticeFile(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBeNull(); // a JPEG
  expect(sniffPracticeFile(Buffer.from([0xc3, 0x28]))).toBeNull(); // not UTF-8
  expect(sniffPracticeFile(Buffer.alloc(0))).toBeNull();
});

it('wants the name to agree with the bytes and caps scripts lower than videos', () => {
  expect(checkPracticeFile('预告.MP4', mp4)).toEqual({ ok: true, type: 'video/mp4' });
  expect(checkPracticeFile('script.mp4', bytes('%PDF-1.4'))).toEqual({ ok: false, reason: 'EXTENSION' });
  expect(checkPracticeFile('run.exe', bytes([0x4d, 0x5a, 0x90, 0]))).toEqual({ ok: false, reason: 'TYPE' });
  const big = Buffer.alloc(PRACTICE_SCRIPT_MAX_BYTES + 1, 0x61);
  expect(checkPracticeFile('script.txt', big)).toEqual({ ok: false, reason: 'TOO_LARGE' });
  const video = Buffer.concat([mp4, Buffer.alloc(PRACTICE_SCRIPT_MAX_BYTES + 1)]);
  expect(checkPracticeFile('clip.mp4', video)).toEqual({ ok: true, type: 'video/mp4' });
});
