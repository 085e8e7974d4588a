import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { unlockCommitteeKey } from '../../../electron/services/documents/committee-key';
import {
  drained,
  finishPdf,
  layoutPdf,
  writePdf,
  writePdfInChunks,
  type DocDefinition,
} from '../../../electron/services/documents/pdf-render';
import { addSignatureField, pdfSigner, signPlaceholder } from '../../../electron/services/documents/sign-pdf';
import { signPdfFile } from '../../../electron/services/documents/sign-pdf-file';
import { copyDemoAward } from '../../helpers/demo-award';
import { useTempDir } from '../../helpers/temp-dir';
import { TINY_PNG } from '../certificates/fixtures';
import { pdfsig } from './fixtures';
import { pdfPages, pdfText } from '../certificates/read-qr';

/** How many times a PDF defines an object of this kind (object dictionaries are not compressed). */
const objects = (pdf: string, marker: RegExp) => readFileSync(pdf).toString('latin1').match(marker)?.length ?? 0;

// A document of the certificates' shape: a background on every page, a shared image, text in two
// weights, one page per item.
const frame = (): DocDefinition => ({
  pageSize: 'A5',
  pageOrientation: 'landscape',
  info: { title: 'Uji', creationDate: new Date('2024-11-27T09:00:00Z') },
  background: () => ({ canvas: [{ type: 'rect', x: 10, y: 10, w: 575, h: 400, lineWidth: 2 }] }),
  images: { sig: TINY_PNG },
  defaultStyle: { font: 'Roboto', fontSize: 12 },
  styles: { name: { fontSize: 24, bold: true } },
});
const page = (i: number, first: boolean) => [
  { text: `Kabupaten Nomor ${i}`, style: 'name', ...(first ? {} : { pageBreak: 'before' }) },
  { text: `Terbaik ${i} — pemanfaatan akun belajar` },
  { image: 'sig', width: 40, height: 20 },
];
const content = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => page(from + k, k === 0)).flat();

const info = {
  name: 'Dewan Juri',
  reason: 'Uji',
  location: 'Samarinda',
  signingTime: new Date('2024-11-27T09:00:00Z'),
};

describe('a PDF written a chunk at a time', () => {
  const tmp = useTempDir();
  /** The demo award's committee key (passphrase `demo`), unlocked. */
  const committeeP12 = async () => {
    const award = await copyDemoAward(tmp.path('demo.juri'));
    try {
      return unlockCommitteeKey(award, 'demo');
    } finally {
      await award.close();
    }
  };

  it('has every page, in order, with the same text as the document laid out whole, fonts and images embedded once', async () => {
    const whole = tmp.path('whole.pdf');
    await writePdf({ ...frame(), content: content(1, 36) }, whole);
    const chunked = tmp.path('chunked.pdf');
    const chunks = [content(1, 17), content(17, 33), content(33, 36)];
    await writePdfInChunks(frame(), chunks, chunked);

    expect(pdfPages(chunked)).toBe(35);
    expect(pdfText(chunked)).toBe(pdfText(whole));
    for (const n of [1, 16, 17, 35]) {
      const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), chunked, '-'], { encoding: 'utf8' });
      expect(text).toContain(`Kabupaten Nomor ${n}\n`);
    }
    // The chunks share pdfkit's fonts and images: as many as the whole document has, not one set per chunk.
    expect(objects(chunked, /\/FontFile2/g)).toBe(objects(whole, /\/FontFile2/g));
    expect(objects(chunked, /\/Subtype \/Image/g)).toBe(objects(whole, /\/Subtype \/Image/g));
    // A chunk's first and last pages look exactly like the same pages of the whole document, background included.
    const pixels = (pdf: string, n: number) =>
      execFileSync('pdftoppm', ['-r', '30', '-gray', '-f', String(n), '-l', String(n), pdf]);
    for (const n of [16, 17, 35]) expect(pixels(chunked, n).equals(pixels(whole, n))).toBe(true);
    expect(pixels(chunked, 17).equals(pixels(chunked, 16))).toBe(false);
  });

  it('fails as a whole when a later chunk cannot be laid out', async () => {
    const bad = [{ image: 'not-in-the-images', width: 10 }];
    await expect(writePdfInChunks(frame(), [content(1, 3), bad], tmp.path('bad.pdf'))).rejects.toThrow(/image/i);
  });

  it('refuses a header or footer, whose page numbers would restart with each chunk', async () => {
    await expect(
      writePdfInChunks({ ...frame(), footer: (n: number) => String(n) }, [content(1, 2)], tmp.path('x.pdf')),
    ).rejects.toThrow(/header or footer/);
  });

  it('is signed on disk to the very bytes @signpdf makes in memory, which pdfsig accepts and a changed byte breaks', async () => {
    const p12 = await committeeP12();
    const doc = await layoutPdf({ ...frame(), content: content(1, 4) });
    addSignatureField(doc, info);
    const unsigned = await finishPdf(doc);
    const inMemory = await signPlaceholder(unsigned, p12, info.signingTime);

    const file = tmp.path('signed.pdf');
    writeFileSync(file, unsigned);
    signPdfFile(file, pdfSigner(p12), info.signingTime);
    expect(readFileSync(file).equals(inMemory)).toBe(true);
    expect(pdfsig(file)).toMatchObject({ count: 1, allValid: true });

    const bytes = readFileSync(file);
    bytes[100] = bytes[100]! ^ 0x01;
    writeFileSync(tmp.path('changed.pdf'), bytes);
    expect(pdfsig(tmp.path('changed.pdf')).allValid).toBe(false);

    writeFileSync(tmp.path('no-field.pdf'), await finishPdf(await layoutPdf({ ...frame(), content: content(1, 2) })));
    expect(() => signPdfFile(tmp.path('no-field.pdf'), pdfSigner(p12), info.signingTime)).toThrow(/placeholder/);
  });

  it('streams a long signed document to disk with its signature field', async () => {
    const p12 = await committeeP12();
    const file = tmp.path('long.pdf');
    const chunks = Array.from({ length: 10 }, (_, c) => content(c * 20 + 1, c * 20 + 21));
    await writePdfInChunks(frame(), chunks, file, { beforeEnd: (doc) => addSignatureField(doc, info) });
    signPdfFile(file, pdfSigner(p12), info.signingTime);
    expect(pdfPages(file)).toBe(200);
    expect(pdfsig(file)).toMatchObject({ count: 1, allValid: true });
  });

  // pdfkit pushes its output whatever the file can take; what the file has not taken waits in the
  // document's own read buffer. Waiting for the file stream alone let that buffer grow page by page.
  it('waits between chunks until the document has handed everything to the file, not only until the file stream drains', async () => {
    const doc = new Readable({ read: () => undefined });
    const written: Buffer[] = [];
    const file = new Writable({
      highWaterMark: 1024,
      write: (chunk: Buffer, _encoding, done) => void setTimeout(() => (written.push(chunk), done()), 1),
    });
    doc.pipe(file);
    for (let i = 0; i < 64; i++) doc.push(Buffer.alloc(512, i));
    await drained(doc, file);
    expect(doc.readableLength).toBe(0);
    expect(file.writableNeedDrain).toBe(false);
    expect(Buffer.concat(written).length + file.writableLength).toBe(64 * 512);

    file.destroy();
    doc.push(Buffer.alloc(512));
    await expect(drained(doc, file)).rejects.toThrow(/closed/);
  });
});
