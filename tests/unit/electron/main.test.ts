import { existsSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/csp';
import { listChannels } from '../../../shared/ipc/contract';

type Listener = (...args: unknown[]) => unknown;

const m = vi.hoisted(() => {
  const base = `/tmp/juri-main-test-${process.pid}-${Date.now()}`;
  const calls: string[] = [];
  const appListeners = new Map<string, Listener>();
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const track =
    <T extends Listener>(name: string, impl?: T) =>
    (...args: unknown[]) => {
      calls.push(name);
      return impl?.(...args);
    };

  class FakeWindow {
    static all: FakeWindow[] = [];
    static getAllWindows = () => FakeWindow.all;
    listeners = new Map<string, Listener>();
    title = '';
    webContents = {
      mainFrame: { url: 'app://juri/index.html', parent: null, processId: 3, frameToken: 'main' },
      send: vi.fn(),
      isDestroyed: () => false,
      on: vi.fn(),
      reload: vi.fn(),
    };
    constructor(public options: Record<string, unknown>) {
      calls.push('new BrowserWindow');
      FakeWindow.all.push(this);
    }
    on = (event: string, l: Listener) => this.listeners.set(event, l);
    once = (event: string, l: Listener) => this.listeners.set(event, l);
    loadURL = vi.fn(() => Promise.resolve());
    setTitle = (title: string) => {
      this.title = title;
    };
    maximize = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    show = vi.fn();
  }

  const electron = {
    app: {
      isPackaged: true,
      enableSandbox: vi.fn(track('enableSandbox')),
      setAppUserModelId: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      getPath: (name: string) => `${base}/${name}`,
      getVersion: () => '0.1.0',
      getAppPath: () => '/app',
      addRecentDocument: vi.fn(),
      on: (event: string, l: Listener) => appListeners.set(event, l),
      whenReady: () => ready,
    },
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(track('registerSchemesAsPrivileged')),
      handle: vi.fn(track('protocol.handle')),
    },
    ipcMain: { handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(), openPath: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    nativeTheme: { shouldUseDarkColors: false },
  };
  return { base, calls, appListeners, markReady, FakeWindow, electron };
});
vi.mock('electron', () => m.electron);

const argv = process.argv;
beforeAll(async () => {
  process.argv = ['/opt/Juri/juri', '--demo'];
  await import('../../../electron/main');
  m.calls.push('ready');
  m.markReady();
  await vi.waitFor(() => expect(m.FakeWindow.all).toHaveLength(1), { timeout: 15_000 });
}, 30_000);
afterAll(async () => {
  process.argv = argv;
  m.electron.app.quit.mockClear();
  m.appListeners.get('before-quit')?.({ preventDefault: vi.fn() });
  await vi.waitFor(() => expect(m.electron.app.quit).toHaveBeenCalled());
  rmSync(m.base, { recursive: true, force: true });
});

const win = () => m.FakeWindow.all[0]!;

describe('main process wiring', () => {
  it('enables the sandbox and registers app:// as privileged before ready', () => {
    expect(m.calls.indexOf('enableSandbox')).toBeLessThan(m.calls.indexOf('ready'));
    expect(m.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(m.calls.indexOf('ready'));
    expect(m.calls.indexOf('protocol.handle')).toBeGreaterThan(m.calls.indexOf('ready'));
    expect(m.electron.app.setAppUserModelId).toHaveBeenCalledWith('org.juri.app');
  });

  it('serves app:// with the CSP', async () => {
    const [scheme, handler] = m.electron.protocol.handle.mock.calls[0] as unknown as [
      string,
      (r: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://juri/%2e%2e%2f%2e%2e%2fetc%2fpasswd'));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('registers an IPC handler for every contract channel', () => {
    const channels = m.electron.ipcMain.handle.mock.calls.map((c: unknown[]) => String(c[0]));
    expect(channels.sort()).toEqual(
      listChannels()
        .map((c) => c.channel)
        .sort(),
    );
  });

  it('creates one hidden, sandboxed window on app://juri and shows it when ready', () => {
    const w = win();
    expect(w.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(String((w.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]preload\.cjs$/);
    expect(w.loadURL).toHaveBeenCalledWith('app://juri/index.html');
    w.listeners.get('ready-to-show')?.();
    expect(w.show).toHaveBeenCalled();
  });

  it('opened the demo given by --demo before the page loaded', () => {
    expect(m.calls.indexOf('new BrowserWindow')).toBeGreaterThan(m.calls.indexOf('ready'));
    expect(win().title).toBe('Apresiasi Program Prioritas 2024 — Juri');
    expect(m.electron.app.addRecentDocument).toHaveBeenCalledWith(expect.stringMatching(/demo-apresiasi-2024\.juri$/));
    expect(existsSync(`${m.base}/userData/awards/demo-apresiasi-2024.juri`)).toBe(true);
  });

  it('installs an Indonesian menu and rebuilds it in English', async () => {
    const last = () => m.electron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as unknown as { label?: string }[];
    expect(last().map((i) => i.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bahasa', 'Bantuan']);
    const setLanguage = m.electron.ipcMain.handle.mock.calls.find(
      (c) => c[0] === 'app:setLanguage',
    )?.[1] as unknown as Listener;
    const result = await setLanguage({ senderFrame: win().webContents.mainFrame }, { language: 'en' });
    expect(result).toEqual({ ok: true, value: null });
    expect(last().map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Language', 'Help']);
  });

  it('refuses IPC from a frame that is not our main frame', async () => {
    const info = m.electron.ipcMain.handle.mock.calls.find((c) => c[0] === 'app:info')?.[1] as unknown as Listener;
    const other = { url: 'app://juri/index.html', parent: null, processId: 3, frameToken: 'other' };
    expect(await info({ senderFrame: other }, null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await info({ senderFrame: win().webContents.mainFrame }, null)).toMatchObject({ ok: true });
  });

  it('a second launch focuses the window and opens its .juri', async () => {
    const demo = `${m.base}/userData/awards/demo-apresiasi-2024.juri`;
    win().webContents.send.mockClear();
    m.appListeners.get('second-instance')?.(
      {},
      ['/opt/Juri/juri', 'demo-apresiasi-2024.juri'],
      `${m.base}/userData/awards`,
    );
    expect(win().focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(win().webContents.send).toHaveBeenCalledWith('event:awardOpened', { path: demo }));
  });

  it('quits when the window closes on Linux and Windows', () => {
    m.electron.app.quit.mockClear();
    m.appListeners.get('window-all-closed')?.();
    expect(m.electron.app.quit).toHaveBeenCalled();
  });
});
