import type { App, Session, Shell, WebContents, WebFrameMain, WebPreferences } from 'electron';

/** The origin the renderer is served from (see app-protocol.ts). */
export const APP_ORIGIN = 'app://juri';

/** The one set of webPreferences for every window: sandboxed, isolated, no Node in the page. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // `URL.origin` is "null" for non-special schemes such as app:, so build it ourselves.
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/**
 * True only for a page of our own renderer. `extraOrigins` holds the electron-vite dev server
 * origin in development; it is empty in a packaged app.
 */
export function isAllowedNavigation(url: string, extraOrigins: readonly string[] = []): boolean {
  const origin = originOf(url);
  return origin !== null && (origin === APP_ORIGIN || extraOrigins.includes(origin));
}

/** Links the page may hand to the system browser: https only, never file:, javascript: or custom schemes. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

type FrameLike = Pick<WebFrameMain, 'url' | 'processId' | 'frameToken'> & { readonly parent: unknown };

// Compared by identity and, should Electron hand out a fresh wrapper, by its unique frame token.
const sameFrame = (a: FrameLike, b: FrameLike) =>
  a === b || (a.processId === b.processId && a.frameToken === b.frameToken);

/**
 * The IPC sender check: a frame exists, it is the main frame of our window's webContents,
 * and it shows a page of our own origin. Subframes and foreign pages are refused.
 */
export function isTrustedSender(
  frame: FrameLike | null | undefined,
  mainFrame: FrameLike | null | undefined,
  extraOrigins: readonly string[] = [],
): boolean {
  if (!frame || !mainFrame) return false;
  if (!sameFrame(frame, mainFrame) || frame.parent !== null) return false;
  return isAllowedNavigation(frame.url, extraOrigins);
}

export interface SecurityDeps {
  app: Pick<App, 'on'>;
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
  shell: Pick<Shell, 'openExternal'>;
  log: (message: string) => void;
  extraOrigins?: readonly string[];
}

/** Guards one webContents: no new windows, no navigation away, no webviews. */
export function guardWebContents(
  contents: WebContents,
  deps: Pick<SecurityDeps, 'shell' | 'log' | 'extraOrigins'>,
): void {
  const extra = deps.extraOrigins ?? [];
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void deps.shell.openExternal(url);
    else deps.log(`refused window.open of ${url}`);
    return { action: 'deny' };
  });
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (isAllowedNavigation(url, extra)) return;
    event.preventDefault();
    deps.log(`refused navigation to ${url}`);
  };
  contents.on('will-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-frame-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => refuseForeign(event, event.url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log('refused a <webview>');
  });
}

/** Installs the guards on every webContents ever created, and denies every permission request. */
export function installSecurity(deps: SecurityDeps): void {
  deps.app.on('web-contents-created', (_event, contents) => guardWebContents(contents, deps));
  deps.session.setPermissionRequestHandler((_contents, permission, callback) => {
    deps.log(`refused permission ${permission}`);
    callback(false);
  });
  deps.session.setPermissionCheckHandler(() => false);
}
