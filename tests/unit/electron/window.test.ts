import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { menuTranslator } from '../../../electron/shell/menu';
import { createMainWindow, watchWindowHealth } from '../../../electron/shell/window';
import { saveWindowState } from '../../../electron/shell/window-state';

type Listener = (...args: unknown[]) => void;

class FakeWindow {
  static last: FakeWindow | undefined;
  listeners = new Map<string, Listener>();
  contentsListeners = new Map<string, Listener>();
  webContents = { on: (e: string, l: Listener) => this.contentsListeners.set(e, l), reload: vi.fn() };
  constructor(public options: Record<string, unknown>) {
    FakeWindow.last = this;
  }
  on = (e: string, l: Listener) => this.listeners.set(e, l);
  once = (e: string, l: Listener) => this.listeners.set(e, l);
  loadURL = vi.fn(() => Promise.resolve());
  maximize = vi.fn();
  show = vi.fn();
  isDestroyed = () => false;
}

const dir = mkdtempSync(join(tmpdir(), 'juri-window-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('main window', () => {
  it('restores the saved place clamped to the display, hidden until ready-to-show', () => {
    const stateFile = join(dir, 'window-state.json');
    saveWindowState(stateFile, { x: 3000, y: 200, width: 1200, height: 700, maximized: true });
    const win = createMainWindow({
      BrowserWindow: FakeWindow as never,
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }] as never },
      preload: '/app/out/preload/preload.cjs',
      stateFile,
      url: 'app://juri/index.html',
      dark: true,
    }) as unknown as FakeWindow;
    expect(win.options).toMatchObject({
      x: 166,
      y: 28,
      width: 1200,
      height: 700,
      show: false,
      backgroundColor: '#0f1b2d',
    });
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      sandbox: true,
      contextIsolation: true,
    });
    expect(win.maximize).toHaveBeenCalled();
    expect(win.loadURL).toHaveBeenCalledWith('app://juri/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.listeners.get('ready-to-show')?.();
    expect(win.show).toHaveBeenCalled();
    const titleEvent = { preventDefault: vi.fn() };
    win.listeners.get('page-title-updated')?.(titleEvent);
    expect(titleEvent.preventDefault).toHaveBeenCalled();
  });
});

describe('crash and hang handling', () => {
  const setup = (response: number) => {
    const win = new FakeWindow({});
    const dialog = {
      showMessageBox: vi.fn(() => Promise.resolve({ response, checkboxChecked: false })),
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
    };
    const log = { warn: vi.fn(), error: vi.fn() };
    const quit = vi.fn();
    watchWindowHealth(win as never, { dialog, t: () => menuTranslator('id'), log, quit });
    return { win, dialog, log, quit };
  };

  it('logs a crashed renderer and reloads it when the user agrees', async () => {
    const { win, dialog, log } = setup(0);
    win.contentsListeners.get('render-process-gone')?.({}, { reason: 'crashed', exitCode: 139 });
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('crashed'));
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    const options = (dialog.showMessageBox.mock.calls[0] as unknown[])[1] as { buttons: string[]; detail: string };
    expect(options.buttons).toEqual(['Muat ulang', 'Keluar']);
    expect(options.detail).toContain('crashed');
  });

  it('offers to wait when the window hangs, and quits when asked', async () => {
    const waiting = setup(1);
    waiting.win.listeners.get('unresponsive')?.();
    await vi.waitFor(() => expect(waiting.dialog.showMessageBox).toHaveBeenCalled());
    const options = (waiting.dialog.showMessageBox.mock.calls[0] as unknown[])[1] as { buttons: string[] };
    expect(options.buttons).toEqual(['Muat ulang', 'Tunggu', 'Keluar']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(waiting.win.webContents.reload).not.toHaveBeenCalled();
    const quitting = setup(2);
    quitting.win.listeners.get('unresponsive')?.();
    await vi.waitFor(() => expect(quitting.quit).toHaveBeenCalled());
  });

  it('does not ask after a clean exit', () => {
    const { win, dialog } = setup(0);
    win.contentsListeners.get('render-process-gone')?.({}, { reason: 'clean-exit', exitCode: 0 });
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });
});
