/**
 * The Piagam Penghargaan as a pdfmake document definition: a pure function of its data (no clock,
 * no files, no randomness), so the same award always gives the same certificates.
 */

import QRCode from 'qrcode';

/** A pdfmake node; pdfmake has no types of its own here, so the builder keeps to plain objects. */
export type PdfNode = Record<string, unknown> | string;

export interface CertificateSignatory {
  name: string;
  title: string;
  position: string;
  /** Image key in the document's `images` (a juror's drawn signature), or null for a blank line. */
  signature: string | null;
}

/** One certificate: who receives which title, and the signed QR payload that proves it. */
export interface CertificateData {
  nominee: string;
  /** The winner's title, e.g. "Terbaik I". */
  title: string;
  category: string;
  /** ISO date (YYYY-MM-DD) of the decision, or null when the setup has none. */
  date: string | null;
  place: string;
  payload: string;
  /** The payload's QR code as an image (data URL) made from `qrMatrix(payload)`; the renderer adds it. */
  qrImage?: string;
}

/** What every certificate of one award shares. */
export interface CertificateFrame {
  organiser: string;
  programme: string;
  signatories: CertificateSignatory[];
  /** `images` key of the organiser's logo, or null. */
  logo: string | null;
  /** `images` key of a full-page background chosen by the user, or null for the drawn border. */
  background: string | null;
  /** Short id of the award's certificate key, printed under the QR code. */
  keyId: string;
  /** Image data by key (data URLs), embedded once per PDF however many pages use them. */
  images: Record<string, string>;
}

export interface CertificateLabels {
  heading: string;
  givenTo: string;
  as: string;
  inProgramme: string;
  scanToVerify: string;
  key: string;
  months: readonly string[];
}

export const CERTIFICATE_LABELS_ID: CertificateLabels = {
  heading: 'PIAGAM PENGHARGAAN',
  givenTo: 'diberikan kepada',
  as: 'sebagai',
  inProgramme: 'dalam',
  scanToVerify: 'Pindai untuk memverifikasi keaslian',
  key: 'Kunci',
  months: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
};

const INK = '#1f2a44';
const ACCENT = '#8a6d1d';
const PAGE = { width: 841.89, height: 595.28 };

/** "27 November 2024" from "2024-11-27" (no Intl: the same text on every machine). */
export function formatLongDate(iso: string | null, months: readonly string[]): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  const month = months[(m ?? 1) - 1];
  return month && y && d ? `${d} ${month} ${y}` : iso;
}

/** The rank line: "Terbaik I — Pemda paling optimal dalam pemanfaatan akun belajar". */
export const rankLine = (d: Pick<CertificateData, 'title' | 'category'>) => `${d.title} — ${d.category}`;

/**
 * The QR code's modules: `size` × `size`, row by row, non-zero = dark (no quiet zone).
 * A fixed mask: choosing the best of the eight costs ~4 ms a code, and any mask is valid; the
 * tests decode the printed codes with jsqr from a 150 dpi render. One byte-mode segment: the
 * payload is base64url, and letting qrcode search for the best mix of modes costs another ~3 ms
 * (a shortest-path search) for no gain here.
 */
export function qrModules(text: string): { size: number; data: Uint8Array } {
  const { modules } = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    maskPattern: 2,
  });
  return { size: modules.size, data: modules.data };
}

/**
 * The QR code's modules as rows of booleans (true = dark), with a quiet zone of `quiet` modules.
 * pdfmake's own `qr` node draws a separately filled rectangle per dark module, which cost ~70 ms
 * a page; the certificate shows the code as a small image instead (see qr-image.ts).
 */
export function qrMatrix(text: string, quiet = 2): boolean[][] {
  const { size: n, data } = qrModules(text);
  return Array.from({ length: n + 2 * quiet }, (_, row) =>
    Array.from({ length: n + 2 * quiet }, (_, col) => {
      const r = row - quiet;
      const c = col - quiet;
      return r >= 0 && c >= 0 && r < n && c < n && data[r * n + c] !== 0;
    }),
  );
}

function signatoryBlock(s: CertificateSignatory): PdfNode {
  return {
    width: '*',
    stack: [
      { text: s.position, alignment: 'center', fontSize: 11 },
      s.signature
        ? { image: s.signature, fit: [150, 52], alignment: 'center', margin: [0, 4, 0, 0] }
        : { text: '\u00a0', fontSize: 12, margin: [0, 25, 0, 21] },
      { text: s.name, alignment: 'center', bold: true, fontSize: 12, decoration: 'underline' },
      s.title ? { text: s.title, alignment: 'center', fontSize: 9.5, color: '#444444' } : '',
    ],
  };
}

/** The content of one certificate page (the page break before it is the caller's). */
export function certificatePage(frame: CertificateFrame, data: CertificateData, labels: CertificateLabels): PdfNode[] {
  const dateLine = [data.place, formatLongDate(data.date, labels.months)].filter(Boolean).join(', ');
  const signatories = frame.signatories.slice(0, 2);
  return [
    frame.logo ? { image: frame.logo, fit: [64, 64], alignment: 'center', margin: [0, 0, 0, 6] } : '',
    { text: frame.organiser.toUpperCase(), style: 'organiser' },
    { text: labels.heading, style: 'heading' },
    { text: labels.givenTo, style: 'small' },
    { text: data.nominee, style: 'nominee' },
    { text: labels.as, style: 'small' },
    { text: rankLine(data), style: 'rank' },
    { text: `${labels.inProgramme} ${frame.programme}`, style: 'programme' },
    {
      margin: [0, frame.logo ? 26 : 52, 0, 0],
      columns: [
        {
          width: 150,
          stack: [
            data.qrImage ? { image: data.qrImage, width: 118, height: 118 } : { text: '' },
            { text: labels.scanToVerify, fontSize: 7, color: '#555555', margin: [0, 3, 0, 0] },
            { text: `${labels.key}: ${frame.keyId}`, fontSize: 6.5, color: '#777777' },
          ],
        },
        {
          width: '*',
          stack: [
            { text: dateLine, alignment: 'center', fontSize: 11, margin: [0, 0, 0, 6] },
            { columns: signatories.map(signatoryBlock), columnGap: 24 },
          ],
        },
      ],
      columnGap: 16,
    },
  ];
}

/** A decorative double border, used when the user chose no background image. */
function border(): PdfNode {
  const m = 22;
  return {
    canvas: [
      { type: 'rect', x: m, y: m, w: PAGE.width - 2 * m, h: PAGE.height - 2 * m, lineWidth: 3, lineColor: ACCENT },
      {
        type: 'rect',
        x: m + 8,
        y: m + 8,
        w: PAGE.width - 2 * (m + 8),
        h: PAGE.height - 2 * (m + 8),
        lineWidth: 0.8,
        lineColor: INK,
      },
    ],
  };
}

/** A landscape A4 document with one page per certificate, in order. */
export function certificateDocument(
  frame: CertificateFrame,
  certificates: readonly CertificateData[],
  labels: CertificateLabels = CERTIFICATE_LABELS_ID,
  font = 'Roboto',
): Record<string, unknown> {
  return { ...certificateFrameDocument(frame, labels, font), content: certificateContent(frame, certificates, labels) };
}

/** The certificates' pages, each laid out as it is in its single PDF, each but the first after a page break. */
export function certificateContent(
  frame: CertificateFrame,
  certificates: readonly CertificateData[],
  labels: CertificateLabels = CERTIFICATE_LABELS_ID,
): PdfNode[] {
  return certificates.flatMap((data, i) => {
    const [top, ...rest] = certificatePage(frame, data, labels);
    if (i === 0 || top === undefined) return top === undefined ? rest : [top, ...rest];
    // The break goes on the page's own first line (an empty line before it would push the page down).
    return [{ ...(typeof top === 'string' ? { text: top } : top), pageBreak: 'before' }, ...rest];
  });
}

/** Everything of the certificates' document but its content: page, background, images, styles. */
export function certificateFrameDocument(
  frame: CertificateFrame,
  labels: CertificateLabels = CERTIFICATE_LABELS_ID,
  font = 'Roboto',
): Record<string, unknown> {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [64, 58, 64, 40],
    info: { title: `${labels.heading} — ${frame.programme}`, author: frame.organiser, creator: 'Juri' },
    background: frame.background
      ? () => ({ image: frame.background, width: PAGE.width, height: PAGE.height })
      : () => border(),
    images: frame.images,
    defaultStyle: { font, fontSize: 12, color: INK },
    styles: {
      organiser: { fontSize: 13, bold: true, alignment: 'center', characterSpacing: 0.6 },
      heading: {
        fontSize: 36,
        bold: true,
        alignment: 'center',
        color: ACCENT,
        characterSpacing: 3,
        margin: [0, 22, 0, 14],
      },
      small: { fontSize: 12, color: '#555555', alignment: 'center', margin: [0, 4, 0, 2] },
      nominee: { fontSize: 30, bold: true, alignment: 'center', margin: [0, 4, 0, 6] },
      rank: { fontSize: 17, bold: true, alignment: 'center', margin: [20, 4, 20, 4] },
      programme: { fontSize: 12, alignment: 'center', margin: [0, 4, 0, 0] },
    },
  };
}
