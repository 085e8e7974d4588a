import type { BrowserWindow, Dialog } from 'electron';
import type { MenuT } from './menu';

type DialogApi = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox' | 'showErrorBox'>;
type Parent = () => BrowserWindow | null;

const juriFilters = (t: MenuT) => [{ name: t('juriFiles'), extensions: ['juri'] }];

/** A native save dialog for a new award file; null when cancelled. Adds `.juri` when missing. */
export async function chooseSavePath(
  dialog: DialogApi,
  parent: Parent,
  t: MenuT,
  suggested: string,
): Promise<string | null> {
  const options = {
    title: t('saveTitle'),
    defaultPath: suggested,
    filters: juriFilters(t),
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const win = parent();
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  return /\.juri$/i.test(result.filePath) ? result.filePath : `${result.filePath}.juri`;
}

/** A native open dialog for an award file; null when cancelled. */
export async function chooseOpenPath(dialog: DialogApi, parent: Parent, t: MenuT): Promise<string | null> {
  const options = { title: t('openTitle'), filters: juriFilters(t), properties: ['openFile'] as 'openFile'[] };
  const win = parent();
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export type CrashChoice = 'reload' | 'wait' | 'quit';

/** Asks what to do after the page crashed or hung: reload (default), wait (hang only) or quit. */
export async function askAfterCrash(
  dialog: DialogApi,
  win: BrowserWindow | null,
  t: MenuT,
  message: string,
  canWait: boolean,
): Promise<CrashChoice> {
  const choices: CrashChoice[] = canWait ? ['reload', 'wait', 'quit'] : ['reload', 'quit'];
  const labels: Record<CrashChoice, string> = {
    reload: t('reloadButton'),
    wait: t('waitButton'),
    quit: t('quitButton'),
  };
  const options = {
    type: 'warning' as const,
    title: t('crashedTitle'),
    message: t('crashedTitle'),
    detail: message,
    buttons: choices.map((c) => labels[c]),
    defaultId: 0,
    cancelId: canWait ? 1 : 0,
    noLink: true,
  };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return choices[response] ?? 'reload';
}

/** A plain error message box (usable before the window exists). */
export function showOpenError(dialog: DialogApi, t: MenuT, message: string): void {
  dialog.showErrorBox(t('openFailed'), message);
}
