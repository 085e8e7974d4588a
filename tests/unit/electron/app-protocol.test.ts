import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/csp';
import {
  APP_SCHEME,
  createAppProtocolHandler,
  handleAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from '../../../electron/shell/app-protocol';

const base = mkdtempSync(join(tmpdir(), 'juri-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Juri</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'TOP SECRET');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const handler = createAppProtocolHandler(root);
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP header and a content type', async () => {
    const response = await get('app://juri/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Juri</title>');
  });

  it('serves assets and sends the CSP on every response, errors included', async () => {
    const js = await get('app://juri/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const missing = await get('app://juri/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://juri/../../etc/passwd',
    'app://juri/../secret.txt',
    'app://juri/%2e%2e/secret.txt',
    'app://juri/..%2fsecret.txt',
    'app://juri/assets/..%2f..%2fsecret.txt',
    'app://juri/%2fetc%2fpasswd',
    'app://juri/assets%5c..%5c..%5csecret.txt',
  ])('refuses traversal %s', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    const body = await response.text();
    expect(body).not.toContain('TOP SECRET');
    expect(body).not.toContain('root:');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses encoded traversal with 403 before touching the disk', async () => {
    expect((await get('app://juri/..%2fsecret.txt')).status).toBe(403);
    expect(resolveAppPath(root, 'app://juri/..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://juri/a%00.html')).toBeNull();
  });

  it('refuses another host and other schemes', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
  });

  it('maps the bare origin to index.html and refuses writes', async () => {
    expect(resolveAppPath(root, 'app://juri/')).toBe(join(root, 'index.html'));
    expect((await get('app://juri/index.html', 'POST')).status).toBe(405);
  });
});

describe('scheme registration', () => {
  it('registers app as standard, secure and fetch-capable, and handles it', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe(APP_SCHEME);
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    handleAppProtocol(protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
