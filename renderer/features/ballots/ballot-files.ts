/** The largest ballot file the contract accepts (its base64 must stay under 6 MB). */
export const MAX_BALLOT_BYTES = 4 * 1024 * 1024;

const ACCEPTED = /\.(csv|xlsx)$/i;

export const isBallotFile = (name: string): boolean => ACCEPTED.test(name);

/** A file's bytes as base64, in chunks so a large spreadsheet does not overflow the call stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Saves a download from main (base64) through the browser: a Blob and a temporary link. */
export function saveDownload({ fileName, mimeType, base64 }: { fileName: string; mimeType: string; base64: string }) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
