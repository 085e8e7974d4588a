import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { layoutPdf, finishPdf, type DocDefinition, type PdfKitDoc } from './pdf-render';
import type { FontSet } from './fonts';
import { detachedSignature, detachedSignatureOfDigest, signingKeyFromP12, type SigningKey } from './pkcs7';

const require = createRequire(import.meta.url);

/** What @signpdf/signpdf asks of a signer: the PKCS#7 (DER) over the bytes outside /Contents. */
interface SignerLike {
  sign(pdf: Buffer, signingTime?: Date): Promise<Buffer>;
}
const { default: signpdf, Signer } = require('@signpdf/signpdf') as {
  default: { sign(pdf: Buffer, signer: SignerLike, signingTime?: Date): Promise<Buffer> };
  Signer: new () => object;
};

/** The committee key, opened once, signing any number of PDFs (e.g. every certificate of a batch). */
export class PdfSigner extends Signer implements SignerLike {
  constructor(private readonly key: SigningKey) {
    super();
  }
  sign(pdf: Buffer, signingTime = new Date()): Promise<Buffer> {
    return Promise.resolve(detachedSignature(pdf, this.key, signingTime));
  }
  /** The same signature from the signed bytes' SHA-256 (for a file hashed a block at a time). */
  signDigest(sha256: Buffer, signingTime: Date): Buffer {
    return detachedSignatureOfDigest(sha256, this.key, signingTime);
  }
}

let lastSigner: { digest: string; signer: PdfSigner } | undefined;

/**
 * A signer for a PKCS#12 (empty password). Opening the bundle (forge's PBE and bag parsing) costs
 * far more than a signature, so the last one opened in this thread is kept for the next document.
 */
export function pdfSigner(p12: Buffer | PdfSigner): PdfSigner {
  if (p12 instanceof PdfSigner) return p12;
  const digest = createHash('sha256').update(p12).digest('hex');
  if (lastSigner?.digest !== digest) lastSigner = { digest, signer: new PdfSigner(signingKeyFromP12(p12)) };
  return lastSigner.signer;
}
const { pdfkitAddPlaceholder } = require('@signpdf/placeholder-pdfkit') as {
  pdfkitAddPlaceholder: (input: {
    pdf: PdfKitDoc;
    reason: string;
    contactInfo: string;
    name: string;
    location: string;
    signingTime?: Date;
    signatureLength?: number;
    appName?: string;
  }) => unknown;
};

/** What the signature dictionary says besides the signature itself. */
export interface SignatureInfo {
  /** Who signs, e.g. "Dewan Juri — Anugerah …". */
  name: string;
  reason: string;
  location: string;
  contactInfo?: string;
  signingTime: Date;
}

/** Room for the PKCS#7 (bytes): a 2048-bit RSA signature with its certificate needs ~1.5 KB. */
export const SIGNATURE_LENGTH = 8192;
/** What a signature field's ByteRange says until the file is signed. */
export const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 /********** /********** /**********]';
const APP_NAME = 'Juri';

/**
 * Lays out a document, adds an invisible signature field before pdfkit ends it, and signs it
 * with a PKCS#12 (empty password): an adbe.pkcs7.detached signature over the whole file.
 */
export async function renderSignedPdf(
  def: DocDefinition,
  p12: Buffer | PdfSigner,
  info: SignatureInfo,
  fonts?: FontSet,
): Promise<Buffer> {
  const doc = await layoutPdf(def, fonts);
  addSignatureField(doc, info);
  const unsigned = await finishPdf(doc);
  return signpdf.sign(unsigned, pdfSigner(p12), info.signingTime);
}

/** Adds an invisible signature field with room for the signature, before pdfkit ends the document. */
export function addSignatureField(doc: PdfKitDoc, info: SignatureInfo): void {
  pdfkitAddPlaceholder({
    pdf: doc,
    reason: info.reason,
    contactInfo: info.contactInfo ?? '',
    name: info.name,
    location: info.location,
    signingTime: info.signingTime,
    signatureLength: SIGNATURE_LENGTH,
    appName: APP_NAME,
  });
}

/** Signs a PDF that already has its placeholder (the last step of both paths). */
export function signPlaceholder(pdf: Buffer, p12: Buffer | PdfSigner, signingTime: Date): Promise<Buffer> {
  return signpdf.sign(pdf, pdfSigner(p12), signingTime);
}

/**
 * Adds one more signature to a signed Juri PDF as an incremental update: the earlier bytes stay as
 * they are (so earlier signatures stay valid), and a new signature field, an updated AcroForm and
 * page, a cross-reference section and a trailer are appended, then signed over the whole file.
 * Written for the PDFs Juri produces (classic xref tables, no object streams).
 */
export async function addSignature(pdf: Buffer, p12: Buffer | PdfSigner, info: SignatureInfo): Promise<Buffer> {
  const withPlaceholder = appendPlaceholder(pdf, info);
  return signPlaceholder(withPlaceholder, p12, info.signingTime);
}

function appendPlaceholder(pdf: Buffer, info: SignatureInfo): Buffer {
  const text = pdf.toString('latin1');
  const trailer = lastTrailer(text);
  const catalog = objectBody(text, trailer.root);
  const formRef = /\/AcroForm\s+(\d+)\s+0\s+R/.exec(catalog)?.[1];
  if (!formRef) throw new Error('PDF has no signature form to add to');
  const formId = Number(formRef);
  const form = objectBody(text, formId);
  const fields = /\/Fields\s*\[([^\]]*)\]/.exec(form);
  const fieldList = fields?.[1] ?? '';
  const firstWidget = /(\d+)\s+0\s+R/.exec(fieldList)?.[1];
  if (!fields || !firstWidget) throw new Error('PDF has no signature field');
  const pageRef = /\/P\s+(\d+)\s+0\s+R/.exec(objectBody(text, Number(firstWidget)))?.[1];
  if (!pageRef) throw new Error('signature field has no page');
  const pageId = Number(pageRef);
  const page = objectBody(text, pageId);
  const sigId = trailer.size;
  const widgetId = trailer.size + 1;
  const fieldCount = (fieldList.match(/\d+\s+0\s+R/g) ?? []).length;

  const objects = new Map<number, string>();
  objects.set(
    sigId,
    [
      '<<',
      '/Type /Sig',
      '/Filter /Adobe.PPKLite',
      '/SubFilter /adbe.pkcs7.detached',
      BYTE_RANGE_PLACEHOLDER,
      `/Contents <${'0'.repeat(SIGNATURE_LENGTH * 2)}>`,
      `/Reason ${pdfString(info.reason)}`,
      `/M ${pdfString(pdfDate(info.signingTime))}`,
      `/ContactInfo ${pdfString(info.contactInfo ?? '')}`,
      `/Name ${pdfString(info.name)}`,
      `/Location ${pdfString(info.location)}`,
      `/Prop_Build << /Filter << /Name /Adobe.PPKLite >> /App << /Name /${APP_NAME} >> >>`,
      '>>',
    ].join('\n'),
  );
  objects.set(
    widgetId,
    `<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/Rect [0 0 0 0]\n/V ${sigId} 0 R\n/T ${pdfString(
      `Signature${fieldCount + 1}`,
    )}\n/F 4\n/P ${pageId} 0 R\n>>`,
  );
  objects.set(formId, form.replace(fields[0], `/Fields [${fieldList.trim()} ${widgetId} 0 R]`));
  const annots = /\/Annots\s*\[([^\]]*)\]/.exec(page);
  objects.set(
    pageId,
    annots
      ? page.replace(annots[0], `/Annots [${(annots[1] ?? '').trim()} ${widgetId} 0 R]`)
      : page.replace(/>>\s*$/, `/Annots [${widgetId} 0 R]\n>>`),
  );

  let out = text.endsWith('\n') ? text : `${text}\n`;
  const offsets = new Map<number, number>();
  for (const [id, body] of [...objects].sort((a, b) => a[0] - b[0])) {
    offsets.set(id, Buffer.byteLength(out, 'latin1'));
    out += `${id} 0 obj\n${body}\nendobj\n`;
  }
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n${xrefSections(offsets)}`;
  const extra = [trailer.info ? `/Info ${trailer.info} 0 R` : '', trailer.id ? `/ID ${trailer.id}` : '']
    .filter(Boolean)
    .join(' ');
  out += `trailer\n<< /Size ${widgetId + 1} /Root ${trailer.root} 0 R ${extra} /Prev ${trailer.startxref} >>\n`;
  out += `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function lastTrailer(text: string) {
  const at = text.lastIndexOf('trailer');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1];
  if (at < 0 || !startxref) throw new Error('not a PDF with a classic trailer');
  const dict = text.slice(at, text.lastIndexOf('startxref'));
  const size = /\/Size\s+(\d+)/.exec(dict)?.[1];
  const root = /\/Root\s+(\d+)\s+0\s+R/.exec(dict)?.[1];
  if (!size || !root) throw new Error('PDF trailer without /Size or /Root');
  return {
    size: Number(size),
    root: Number(root),
    info: /\/Info\s+(\d+)\s+0\s+R/.exec(dict)?.[1],
    id: /\/ID\s*(\[[^\]]*\])/.exec(dict)?.[1],
    startxref: Number(startxref),
  };
}

/** The dictionary of the newest definition of object `id`. */
function objectBody(text: string, id: number): string {
  const re = new RegExp(`(?:^|[\\r\\n])${id} 0 obj\\s*`, 'g');
  let start = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) start = m.index + m[0].length;
  if (start < 0) throw new Error(`PDF object ${id} not found`);
  const end = text.indexOf('endobj', start);
  return text.slice(start, end).trimEnd();
}

function xrefSections(offsets: Map<number, number>): string {
  const ids = [...offsets.keys()].sort((a, b) => a - b);
  let out = '0 1\n0000000000 65535 f \n';
  for (let i = 0; i < ids.length;) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j]! + 1) j++;
    out += `${ids[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) out += `${String(offsets.get(ids[k]!)).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  return out;
}

/** A PDF text string: literal when plain ASCII, else UTF-16BE hex with a byte-order mark. */
function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (const unit of value) {
    for (let i = 0; i < unit.length; i++) hex += unit.charCodeAt(i).toString(16).padStart(4, '0');
  }
  return `<${hex}>`;
}

const pdfDate = (d: Date) => `D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
