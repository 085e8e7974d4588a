import { qrMatrix } from './certificate';
import { encodeKeyedGreyPng } from './png';

/** Pixels per QR module: crisp at any print size without relying on the viewer's image scaling. */
const SCALE = 4;

/**
 * A certificate's QR code as a grey PNG data URL. A PDF embeds such a PNG's data as it is: a few
 * hundred bytes and no drawing work, where pdfmake's vector `qr` node fills one rectangle per module.
 */
export function qrImage(payload: string, ink = 0x1f): string {
  const matrix = qrMatrix(payload);
  const size = matrix.length * SCALE;
  const grey = new Uint8Array(size * size).fill(0xff);
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < SCALE; y++)
        grey.fill(ink, (r * SCALE + y) * size + c * SCALE, (r * SCALE + y) * size + (c + 1) * SCALE);
    }),
  );
  return `data:image/png;base64,${encodeKeyedGreyPng(size, size, grey, false).toString('base64')}`;
}
