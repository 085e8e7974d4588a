import type { BrowserWindow as BrowserWindowClass, Dialog, Screen } from 'electron';
import { askAfterCrash } from './dialogs';
import type { Logger } from './logging';
import type { MenuT } from './menu';
import { secureWebPreferences } from './security';
import { clampWindowState, loadWindowState, MIN_HEIGHT, MIN_WIDTH, trackWindowState } from './window-state';

export interface MainWindowOptions {
  BrowserWindow: typeof BrowserWindowClass;
  screen: Pick<Screen, 'getAllDisplays'>;
  preload: string;
  /** userData/window-state.json */
  stateFile: string;
  url: string;
  icon?: string;
  dark: boolean;
}

/** The one window: restored to its last place (clamped to a visible display), shown when painted. */
export function createMainWindow(o: MainWindowOptions): BrowserWindowClass {
  const state = clampWindowState(
    loadWindowState(o.stateFile),
    o.screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new o.BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Juri',
    backgroundColor: o.dark ? '#0f1b2d' : '#ffffff',
    ...(o.icon ? { icon: o.icon } : {}),
    webPreferences: secureWebPreferences(o.preload),
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // The title says which award is open (set by main); the page's <title> must not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());
  trackWindowState(win, o.stateFile);
  void win.loadURL(o.url);
  return win;
}

export interface HealthDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox' | 'showErrorBox'>;
  t: () => MenuT;
  log: Pick<Logger, 'warn' | 'error'>;
  quit: () => void;
}

/** Crash and hang handling: log it, then offer to reload the page (data already saved is safe). */
export function watchWindowHealth(win: BrowserWindowClass, deps: HealthDeps): void {
  let asking = false;
  const ask = async (message: string, canWait: boolean) => {
    if (asking || win.isDestroyed()) return;
    asking = true;
    try {
      const choice = await askAfterCrash(deps.dialog, win, deps.t(), message, canWait);
      if (win.isDestroyed()) return;
      if (choice === 'reload') win.webContents.reload();
      else if (choice === 'quit') deps.quit();
    } finally {
      asking = false;
    }
  };
  win.webContents.on('render-process-gone', (_event, details) => {
    deps.log.error(`renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason !== 'clean-exit') void ask(deps.t()('crashed', { reason: details.reason }), false);
  });
  win.on('unresponsive', () => {
    deps.log.warn('window unresponsive');
    void ask(deps.t()('unresponsive'), true);
  });
  win.on('responsive', () => deps.log.warn('window responsive again'));
}
