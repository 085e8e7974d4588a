import { decodeToGreyAlpha, encodeKeyedGreyPng } from './png';

const PREFIX = 'data:image/png;base64,';
/** Composited lighter than this, a pixel counts as paper (transparent). */
const PAPER = 236;

/**
 * A drawn signature prepared for print: the ink composited on white, paper made a transparent
 * colour key. Signature pads give RGBA PNGs, whose alpha channel a PDF writer must split pixel by
 * pixel in every document; this form is embedded as it is. Unknown PNG variants pass unchanged.
 */
export function printableSignature(dataUrl: string): string {
  if (!dataUrl.startsWith(PREFIX)) return dataUrl;
  const decoded = decodeToGreyAlpha(Buffer.from(dataUrl.slice(PREFIX.length), 'base64'));
  if (!decoded) return dataUrl;
  const { width, height, pixels } = decoded;
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) {
    const alpha = pixels[i * 2 + 1]! / 255;
    const v = Math.round(pixels[i * 2]! * alpha + 255 * (1 - alpha));
    grey[i] = v >= PAPER ? 255 : Math.min(v, 254);
  }
  return PREFIX + encodeKeyedGreyPng(width, height, grey).toString('base64');
}
