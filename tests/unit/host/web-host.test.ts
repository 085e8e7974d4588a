import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/csp';
import { startWebHost, type WebHost } from '../../../electron/host/web/serve';
import { createWebApp, MAX_BODY_BYTES } from '../../../electron/host/web/web-app';
import { sameSecret } from '../../../electron/host/web/request-guard';
import type { HostContext } from '../../../electron/ipc/handlers';
import { Workspace } from '../../../electron/services/workspace';

const PORT = 41234;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const HOST = `127.0.0.1:${PORT}`;
const TOKEN = 'test-token_0123456789abcdefghijklmnopqrstuv';

let dir: string;
let ctx: HostContext;
let app: ReturnType<typeof createWebApp>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'juri-web-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Juri</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET');
  ctx = { kind: 'web', version: '9.9.9', language: 'id', workspace: new Workspace(join(dir, 'data')) };
  app = createWebApp({ ctx, token: TOKEN, staticDir, allowedOrigins: [ORIGIN, `http://localhost:${PORT}`] });
});

afterEach(async () => {
  await ctx.workspace.close();
  rmSync(dir, { recursive: true, force: true });
});

function api(op: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(`${ORIGIN}/api/${op}`, {
    method: 'POST',
    headers: {
      host: HOST,
      origin: ORIGIN,
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/json',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`${ORIGIN}${path}`, { headers: { host: HOST, ...headers } });

describe('web host: /api guard', () => {
  it('answers a correct call with a 200 envelope and no-store', async () => {
    const res = await api('app/info', null);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({
      ok: true,
      value: { host: 'web', version: '9.9.9', nativeDialogs: false },
    });
  });

  it('refuses a call without a token with 401 and a body that is not an envelope', async () => {
    const res = await api('app/info', null, { authorization: '' });
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect(text).toMatch(/Sesi tidak sah/);
  });

  it('refuses a wrong token, and a token that is only a prefix of the right one', async () => {
    expect((await api('app/info', null, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await api('app/info', null, { authorization: `Bearer ${TOKEN.slice(0, -1)}` })).status).toBe(401);
    expect((await api('app/info', null, { authorization: TOKEN })).status).toBe(401);
    expect(sameSecret(TOKEN, TOKEN)).toBe(true);
    expect(sameSecret('', '')).toBe(false);
  });

  it('refuses a foreign or missing Origin with 403', async () => {
    expect((await api('app/info', null, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app/info', null, { origin: `http://127.0.0.1:${PORT + 1}` })).status).toBe(403);
    expect((await api('app/info', null, { origin: 'null' })).status).toBe(403);
    const res = await app.request(`${ORIGIN}/api/app/info`, {
      method: 'POST',
      headers: { host: HOST, authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: 'null',
    });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('"ok"');
  });

  it('refuses a foreign Host with 403 on /api and on static files (DNS rebinding)', async () => {
    expect((await api('app/info', null, { host: `evil.example:${PORT}` })).status).toBe(403);
    const page = await get('/', { host: `evil.example:${PORT}` });
    expect(page.status).toBe(403);
    expect(await page.text()).not.toContain('<title>');
    expect((await get('/', { host: `127.0.0.1:${PORT + 1}` })).status).toBe(403);
    expect((await get('/', { host: `localhost:${PORT}` })).status).toBe(200);
  });

  it('accepts localhost as Origin and Host', async () => {
    const res = await api('app/info', null, { origin: `http://localhost:${PORT}`, host: `localhost:${PORT}` });
    expect(res.status).toBe(200);
  });

  it('answers 404 for unknown paths, 415 for non-JSON, 413 for bodies over 5 MB', async () => {
    expect((await api('app/nope', null)).status).toBe(404);
    expect((await api('toString/constructor', null)).status).toBe(404);
    expect((await api('app', null)).status).toBe(404);
    expect((await api('app/info', 'null', { 'content-type': 'text/plain' })).status).toBe(415);
    const big = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES), path: null });
    expect((await api('file/create', big)).status).toBe(413);
    expect((await api('file/create', big, { 'content-length': String(big.length) })).status).toBe(413);
  });

  it('returns domain errors as 200 envelopes in Indonesian', async () => {
    const res = await api('award/updateProgramme', { name: 'X' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; error: { code: string } };
    expect(body.ok).toBe(false);
    const none = (await (await api('file/current', null)).json()) as unknown;
    expect(none).toEqual({ ok: true, value: null });
  });

  it('runs a call chain file.create → file.current on the data folder', async () => {
    const created = (await (await api('file/create', { name: 'Anugerah Desa 2025', path: null })).json()) as {
      ok: true;
      value: { filePath: string; award: { programme: { name: string } } };
    };
    expect(created.ok).toBe(true);
    expect(created.value.filePath).toBe(join(dir, 'data', 'anugerah-desa-2025.juri'));
    const current = (await (await api('file/current', null)).json()) as typeof created;
    expect(current.value.award.programme.name).toBe('Anugerah Desa 2025');
    expect(current.value.filePath).toBe(created.value.filePath);
  });
});

describe('web host: static renderer', () => {
  it('serves index.html for / without a token, with the CSP and security headers', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(await res.text()).toContain('<title>Juri</title>');
    const js = await get('/assets/app.js');
    expect(js.headers.get('content-type')).toContain('text/javascript');
  });

  it('refuses path traversal, directory listing and other methods', async () => {
    for (const path of [
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/assets/%5c..%5csecret.txt',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('SECRET');
    }
    expect((await get('/assets/')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/missing.js')).status).toBe(404);
    const post = await app.request(`${ORIGIN}/`, { method: 'POST', headers: { host: HOST } });
    expect(post.status).toBe(405);
    const head = await app.request(`${ORIGIN}/`, { method: 'HEAD', headers: { host: HOST } });
    expect(head.status).toBe(200);
  });
});

describe('web host: listening', () => {
  let host: WebHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it('binds 127.0.0.1 only on a random port, with a fresh random token', async () => {
    host = await startWebHost({ port: 0, dataDir: join(dir, 'listen'), staticDir: join(dir, 'renderer') });
    const address = host.server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.port).toBeGreaterThan(0);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.url).toBe(`http://127.0.0.1:${address.port}/#token=${host.token}`);

    const res = await fetch(`${host.origin}/api/app/info`, {
      method: 'POST',
      headers: { origin: host.origin, authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
      body: 'null',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { host: 'web' } });
    const other = await startWebHost({ port: 0, dataDir: join(dir, 'listen2'), staticDir: join(dir, 'renderer') });
    expect(other.token).not.toBe(host.token);
    await other.close();
  });
});
