import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import {
  guardWebContents,
  installSecurity,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSender,
  secureWebPreferences,
} from '../../../electron/shell/security';

let token = 0;
const frame = (url: string, parent: unknown = null) => ({
  url,
  parent,
  processId: 4,
  frameToken: `token-${(token += 1)}`,
});

describe('navigation guard', () => {
  it.each([
    ['app://juri/index.html', true],
    ['app://juri/x', true],
    ['https://example.com', false],
    ['file:///etc/passwd', false],
    ['app://evil/index.html', false],
    ['http://127.0.0.1:5173/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedNavigation(url)).toBe(allowed);
  });

  it('allows the dev server only when it is named', () => {
    expect(isAllowedNavigation('http://localhost:5173/', ['http://localhost:5173'])).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', ['http://localhost:5173'])).toBe(false);
  });

  it('hands only https links to the system browser', () => {
    expect(isSafeExternalUrl('https://github.com/fityannugroho/idn-area-data')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('accepts the main frame of our window on app://juri', () => {
    const main = frame('app://juri/index.html');
    expect(isTrustedSender(main, main)).toBe(true);
  });

  it('refuses a frame from another origin', () => {
    const main = frame('https://example.com/');
    expect(isTrustedSender(main, main)).toBe(false);
  });

  it('refuses a subframe, even one on app://juri', () => {
    const main = frame('app://juri/index.html');
    const sub = frame('app://juri/index.html', main);
    expect(isTrustedSender(sub, main)).toBe(false);
  });

  it('refuses the main frame of another window', () => {
    expect(isTrustedSender(frame('app://juri/index.html'), frame('app://juri/index.html'))).toBe(false);
  });

  it('recognises our main frame through a fresh wrapper object', () => {
    const main = frame('app://juri/index.html');
    expect(isTrustedSender({ ...main }, main)).toBe(true);
    expect(isTrustedSender({ ...main, processId: 5 }, main)).toBe(false);
  });

  it('refuses a destroyed frame and a missing window', () => {
    const main = frame('app://juri/index.html');
    expect(isTrustedSender(null, main)).toBe(false);
    expect(isTrustedSender(main, null)).toBe(false);
  });
});

describe('webPreferences', () => {
  it('sandboxes the page and keeps Node out of it', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });
});

type Listener = (event: { url: string | undefined; preventDefault: () => void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('webContents guards', () => {
  const setup = () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    const fake = fakeContents();
    guardWebContents(fake.contents, { shell, log: () => {} });
    return { ...fake, shell };
  };

  it('denies every new window and opens only https links outside', () => {
    const { open, shell } = setup();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('app://juri/index.html')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('prevents navigation and redirects away from app://juri', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fire('will-frame-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'app://juri/index.html')).toBe(false);
  });

  it('prevents webviews', () => {
    expect(setup().fire('will-attach-webview')).toBe(true);
  });
});

describe('installSecurity', () => {
  it('guards every new webContents and denies every permission', () => {
    const appListeners = new Map<string, (event: unknown, contents: WebContents) => void>();
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void, d: unknown) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    installSecurity({
      app: { on: (name: string, l: never) => appListeners.set(name, l) } as never,
      session: {
        setPermissionRequestHandler: (h: never) => {
          request = h;
        },
        setPermissionCheckHandler: (h: never) => {
          check = h;
        },
      },
      shell: { openExternal: () => Promise.resolve() },
      log: () => {},
    });
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      request?.({}, permission, callback, {});
    }
    expect(callback.mock.calls).toEqual(Array(5).fill([false]));
    expect(check?.({}, 'media', 'app://juri', {})).toBe(false);

    const fake = fakeContents();
    appListeners.get('web-contents-created')?.({}, fake.contents);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.fire('will-navigate', 'https://example.com/')).toBe(true);
  });
});
