import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { BYTE_RANGE_PLACEHOLDER, SIGNATURE_LENGTH, type PdfSigner } from './sign-pdf';

// Signs a PDF that was written to a file with its signature placeholder, in place and a block at a
// time, so a long document (the certificates' print file) is never whole in memory. The result is
// byte for byte what @signpdf/signpdf makes from the same bytes in memory (a test compares them).

const PLACEHOLDER = Buffer.from(BYTE_RANGE_PLACEHOLDER, 'latin1');
const BLOCK = 1 << 20;

/** Signs the file at `path` (written with a placeholder by addSignatureField) where it lies. */
export function signPdfFile(path: string, signer: PdfSigner, signingTime: Date): void {
  const fd = openSync(path, 'r+');
  try {
    const size = withoutTrailingNewline(fd);
    const byteRangeAt = lastIndexOf(fd, size, PLACEHOLDER);
    if (byteRangeAt < 0) throw new Error('PDF has no signature placeholder');
    const after = byteRangeAt + PLACEHOLDER.length;
    const window = readAt(fd, after, Math.min(size - after, 2 * SIGNATURE_LENGTH + 4096)).toString('latin1');
    const contentsTag = window.indexOf('/Contents ');
    const open = window.indexOf('<', contentsTag);
    const close = window.indexOf('>', open);
    if (contentsTag < 0 || open < 0 || close < 0) throw new Error('PDF signature placeholder has no /Contents');
    const start = after + open;
    const end = after + close + 1;
    const range = `/ByteRange [0 ${start} ${end} ${size - end}]`;
    writeSync(fd, Buffer.from(range.padEnd(PLACEHOLDER.length, ' '), 'latin1'), 0, PLACEHOLDER.length, byteRangeAt);

    const hash = createHash('sha256');
    hashRange(fd, hash, 0, start);
    hashRange(fd, hash, end, size);
    const signature = signer.signDigest(hash.digest(), signingTime);
    const room = (end - start - 2) / 2;
    if (signature.length > room) throw new Error(`signature of ${signature.length} bytes exceeds its room of ${room}`);
    const hex = Buffer.concat([signature, Buffer.alloc(room - signature.length)]).toString('hex');
    writeSync(fd, Buffer.from(hex, 'latin1'), 0, hex.length, start + 1);
  } finally {
    closeSync(fd);
  }
}

/** Drops the newline pdfkit ends with, as @signpdf does, and checks the file ends in %%EOF. */
function withoutTrailingNewline(fd: number): number {
  let size = fstatSync(fd).size;
  const tail = readAt(fd, Math.max(0, size - 8), Math.min(size, 8)).toString('latin1');
  let end = tail.length;
  if (tail[end - 1] === '\n') end--;
  if (tail[end - 1] === '\r') end--;
  if (!/[\r\n]%%EOF$/.test(tail.slice(0, end))) throw new Error('PDF does not end in %%EOF');
  size -= tail.length - end;
  ftruncateSync(fd, size);
  return size;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

/** Searches from the end: pdfkit writes the placeholder after the pages, near the end of the file. */
function lastIndexOf(fd: number, size: number, needle: Buffer): number {
  for (let end = size; end > 0; end -= BLOCK) {
    const start = Math.max(0, end - BLOCK - needle.length);
    const at = readAt(fd, start, end - start).lastIndexOf(needle);
    if (at >= 0) return start + at;
  }
  return -1;
}

function hashRange(fd: number, hash: Hash, from: number, to: number): void {
  for (let at = from; at < to; at += BLOCK) hash.update(readAt(fd, at, Math.min(BLOCK, to - at)));
}
