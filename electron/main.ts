import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostContext } from './ipc/handlers';
import { Workspace } from './services/workspace';
import { APP_ENTRY_URL, handleAppProtocol, registerAppScheme } from './shell/app-protocol';
import { chooseOpenPath, chooseSavePath, showOpenError } from './shell/dialogs';
import { registerIpc, sendEvent } from './shell/ipc-bridge';
import { createLogger } from './shell/logging';
import { buildMenuTemplate, installMenu, menuTranslator } from './shell/menu';
import { createAwardOpener, parseLaunchArgs } from './shell/open-file';
import { installSecurity } from './shell/security';
import { createMainWindow, watchWindowHealth } from './shell/window';

const here = dirname(fileURLToPath(import.meta.url));
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const devOrigins = devUrl ? [new URL(devUrl).origin] : [];

app.enableSandbox();
// Must equal `appId` in electron-builder.yml (Windows taskbar grouping, jump list).
app.setAppUserModelId('org.juri.app');
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const log = createLogger(app.getPath('logs'));
  let win: BrowserWindow | null = null;
  let title = 'Juri';
  const launch = parseLaunchArgs(process.argv, process.cwd());
  const t = () => menuTranslator(ctx.language);
  const focus = () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  };

  const ctx: HostContext = {
    kind: 'electron',
    version: app.getVersion(),
    language: 'id',
    workspace: new Workspace(join(app.getPath('userData'), 'awards')),
    chooseSavePath: (suggested) => chooseSavePath(dialog, () => win, t(), suggested),
    chooseOpenPath: () => chooseOpenPath(dialog, () => win, t()),
    onAwardOpened: (path, name) => {
      app.addRecentDocument(path);
      title = name ? `${name} — Juri` : 'Juri';
      win?.setTitle(title);
      rebuildMenu();
    },
    onAwardClosed: () => {
      title = 'Juri';
      win?.setTitle(title);
      rebuildMenu();
    },
    onLanguageChanged: () => rebuildMenu(),
  };

  const opener = createAwardOpener({
    ctx,
    notify: (path) => sendEvent(win?.webContents, 'awardOpened', { path }),
    showError: (message) => showOpenError(dialog, t(), message),
    log: (error, what) => log.error(`could not ${what}`, error),
  });

  function rebuildMenu(): void {
    const template = buildMenuTemplate(
      t(),
      {
        send: (action) => sendEvent(win?.webContents, 'menu', { action }),
        setLanguage: (language) => {
          ctx.language = language;
          rebuildMenu();
          sendEvent(win?.webContents, 'menu', { action: 'setLanguage', language });
        },
        openRecent: (path) => void opener.open(path),
        openLogs: () => void shell.openPath(app.getPath('logs')),
      },
      { platform: process.platform, language: ctx.language, recent: ctx.workspace.recent(), dev: !app.isPackaged },
    );
    installMenu(Menu, template);
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    focus();
    const args = parseLaunchArgs(argv, workingDirectory);
    if (args.file) void opener.open(args.file);
    else if (args.demo) void opener.openDemo();
  });
  // macOS sends files through this event, also before `ready` on a cold start.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void opener.open(path);
    focus();
  });
  if (launch.file) void opener.open(launch.file);
  else if (launch.demo) void opener.openDemo();

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing || !ctx.workspace.current) return;
    // Close the SQLite file (WAL checkpoint) before the process exits.
    event.preventDefault();
    closing = true;
    ctx.workspace
      .close()
      .catch((error: unknown) => log.error('closing the award failed', error))
      .finally(() => app.quit());
  });
  // With a listener, Electron no longer shows its own error box, so show one after logging.
  process.on('uncaughtException', (error) => {
    log.error('uncaught exception', error);
    dialog.showErrorBox('Juri', error.message);
  });
  process.on('unhandledRejection', (error) => log.error('unhandled rejection', error));

  const createWindow = () => {
    win = createMainWindow({
      BrowserWindow,
      screen,
      preload: join(here, '../preload/preload.cjs'),
      stateFile: join(app.getPath('userData'), 'window-state.json'),
      url: devUrl ?? APP_ENTRY_URL,
      icon: join(app.getAppPath(), 'resources/icons/icon.png'),
      dark: nativeTheme.shouldUseDarkColors,
    });
    win.setTitle(title);
    watchWindowHealth(win, { dialog, t, log, quit: () => app.quit() });
    const created = win;
    created.on('closed', () => {
      if (win === created) win = null;
    });
  };

  void app.whenReady().then(async () => {
    log.info(`Juri ${app.getVersion()} (Electron ${process.versions.electron}) starting`);
    installSecurity({ app, session: session.defaultSession, shell, log: (m) => log.warn(m), extraOrigins: devOrigins });
    handleAppProtocol(protocol, join(here, '../renderer'), (m) => log.warn(m));
    registerIpc({
      ipcMain,
      ctx,
      mainFrame: () => (win && !win.isDestroyed() ? win.webContents.mainFrame : null),
      log,
      extraOrigins: devOrigins,
    });
    rebuildMenu();
    // Files given on the command line are opened before the page loads, so its first
    // `file.current` already sees them.
    await opener.start();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
