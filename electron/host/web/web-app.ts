import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { listChannels } from '../../../shared/ipc/contract';
import { dispatch } from '../../ipc/gate';
import type { HostContext } from '../../ipc/handlers';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { checkApiCaller, checkHost } from './request-guard';
import { readStatic } from './static';

/** The largest JSON body /api accepts (a national-scale template fits well inside). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface WebAppOptions {
  ctx: HostContext;
  /** The session secret the page must send as `Authorization: Bearer <token>`. */
  token: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /**
   * The page origins allowed to call /api, e.g. `http://127.0.0.1:4123`. A function, because with
   * port 0 the port is known only once the server listens. Host headers are checked against them too.
   */
  allowedOrigins: readonly string[] | (() => readonly string[]);
  /** Where unexpected service errors are logged. */
  log?: (error: unknown, channel: string) => void;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** A plain-text refusal; built without the request context so every middleware can use it. */
const refuse = (status: 401 | 403 | 404 | 405 | 413 | 415, message: string): Response =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=UTF-8' } });

/**
 * The browser-mode host as a hono app: /api/:ns/:op runs the one gate over the same services as
 * Electron; everything else is the static renderer. Test it with `app.request()`, no socket needed.
 */
export function createWebApp(options: WebAppOptions): Hono {
  const { ctx, token, staticDir } = options;
  const origins =
    typeof options.allowedOrigins === 'function'
      ? options.allowedOrigins
      : () => options.allowedOrigins as readonly string[];
  const channels = new Set(listChannels().map((l) => l.channel));
  const app = new Hono();

  app.use('*', async (c, next) => {
    const refused = checkHost(c.req.header('host'), origins());
    if (refused) {
      c.res = refuse(refused.status, refused.message);
    } else {
      await next();
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') c.res.headers.set('Cache-Control', 'no-store');
  });

  app.use('/api/*', async (c, next) => {
    const refused = checkApiCaller(
      { origin: c.req.header('origin'), authorization: c.req.header('authorization') },
      origins(),
      token,
    );
    if (refused) return refuse(refused.status, refused.message);
    return next();
  });

  app.post(
    '/api/:ns/:op',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => refuse(413, 'Data terlalu besar (maks. 5 MB). / Body too large.'),
    }),
    async (c) => {
      const channel = `${c.req.param('ns')}:${c.req.param('op')}`;
      if (!channels.has(channel)) return refuse(404, 'Tidak ditemukan. / Not found.');
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type))
        return refuse(415, 'Harus JSON. / Content-Type must be application/json.');
      const text = await c.req.text();
      let body: unknown;
      try {
        body = text.trim() === '' ? undefined : JSON.parse(text);
      } catch {
        return c.json(
          { ok: false, error: { code: 'invalid_input', message: 'JSON tidak valid. / Invalid JSON.' } },
          400,
        );
      }
      const log = options.log;
      const envelope = await dispatch(ctx, channel, body, log ? { log } : {});
      return c.json(envelope, 200);
    },
  );

  app.all('/api/*', () => refuse(404, 'Tidak ditemukan. / Not found.'));

  app.get('*', async (c) => {
    const file = await readStatic(staticDir, c.req.path);
    if (!file) return refuse(404, 'Tidak ditemukan. / Not found.');
    return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type });
  });

  app.all('*', () => refuse(405, 'Metode tidak diizinkan. / Method not allowed.'));

  return app;
}
