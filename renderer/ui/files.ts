/** What the spreadsheet imports accept: the file picker's filter and the name check after a drop. */
export const SPREADSHEET_ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The largest spreadsheet the import contracts accept (their base64 must stay under 6 MB). */
export const MAX_SPREADSHEET_BYTES = 4 * 1024 * 1024;

/** Why a chosen spreadsheet cannot be sent, or null; each feature words it under `upload.<problem>`. */
export function spreadsheetProblem(file: { name: string; size: number }): 'wrongType' | 'tooBig' | null {
  if (!/\.(csv|xlsx)$/i.test(file.name)) return 'wrongType';
  if (file.size > MAX_SPREADSHEET_BYTES) return 'tooBig';
  return null;
}

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
  saveBlob(fileName, new Blob([bytes], { type: mimeType }));
}

/** Saves a Blob made in the page under the given name. */
export function saveBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
