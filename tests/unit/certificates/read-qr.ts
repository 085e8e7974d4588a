import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { decodeToGreyAlpha } from '../../../electron/services/certificates/png';

/** Renders page 1 of a PDF at 150 dpi with pdftoppm and decodes the QR code on it (null: none found). */
export function readQrFromPdf(pdf: string, prefix: string): string | null {
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return readQrFromPng(`${prefix}.png`);
}

export function readQrFromPng(png: string): string | null {
  const decoded = decodeToGreyAlpha(readFileSync(png));
  if (!decoded) throw new Error(`cannot decode ${png}`);
  const { width, height, pixels } = decoded;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = pixels[i * 2]!;
    rgba.set([v, v, v, 255], i * 4);
  }
  return jsQR(rgba, width, height)?.data ?? null;
}

export const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
export const pdfPages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
