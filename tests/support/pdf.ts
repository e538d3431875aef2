/** The text of every page of a PDF, read back with pdf.js (what a reader's copy/search would see). */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  // pdfjs-dist is ESM only; Function keeps the dynamic import from being compiled into require().
  const load = new Function('s', 'return import(s)') as (
    s: string,
  ) => Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>;
  const pdfjs = await load('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: false }).promise;
  let out = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    out += content.items.map((it) => ('str' in it ? it.str : '')).join('') + '\n';
  }
  await doc.destroy();
  return out;
}
