import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../host/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'juri';
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Must run before `app` is ready: app:// behaves like https (standard, secure, fetch allowed). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Maps an app:// URL to a file under `root`, or null when the host is not ours or the path
 * escapes `root` (`..`, encoded `%2e%2e` or `%2f`, absolute paths, NUL bytes).
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const relativePath = path.replace(/^\/+/, '') || 'index.html';
  const base = resolve(root);
  const target = resolve(base, relativePath);
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return target;
}

const headers = (contentType: string) => ({
  'content-type': contentType,
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
});

const text = (status: number, body: string) =>
  new Response(body, { status, headers: headers('text/plain; charset=utf-8') });

/** The app:// handler: static files from the built renderer, each with the CSP header. */
export function createAppProtocolHandler(root: string, log: (message: string) => void = () => {}) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed');
    const file = resolveAppPath(root, request.url);
    if (!file) {
      log(`app:// refused ${request.url}`);
      return text(403, 'Forbidden');
    }
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: headers(MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'),
      });
    } catch {
      return text(404, 'Not found');
    }
  };
}

/** Serves the renderer on app://juri/ (after `app` is ready). */
export function handleAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  root: string,
  log?: (message: string) => void,
): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root, log));
}
