import { contract } from '../../shared/ipc/contract';
import { expect, test } from './fixtures';

const json = { 'content-type': 'application/json' };

test.describe.configure({ mode: 'parallel' });

test.describe('browser-mode security', () => {
  test.beforeEach(async ({ page, juri }) => {
    await page.goto(await juri.start());
    await page.waitForFunction(() => 'api' in window && Boolean(window.api));
  });

  test('the page has no Node globals', async ({ page }) => {
    const types = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { require: typeof w.require, process: typeof w.process, module: typeof w.module, Buffer: typeof w.Buffer };
    });
    expect(types).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', Buffer: 'undefined' });
  });

  test('window.api has every contract operation', async ({ page }) => {
    const shape = await page.evaluate(() => {
      const api = window.api as unknown as Record<string, Record<string, unknown>>;
      return Object.fromEntries(
        Object.entries(api)
          .filter(([, v]) => typeof v === 'object')
          .map(([ns, ops]) => [
            ns,
            Object.keys(ops)
              .filter((op) => typeof ops[op] === 'function')
              .sort(),
          ]),
      );
    });
    const expected = Object.fromEntries(Object.entries(contract).map(([ns, ops]) => [ns, Object.keys(ops).sort()]));
    expect(shape).toEqual(expected);
    const info = await page.evaluate(() => window.api.app.info());
    expect(info).toMatchObject({ ok: true, value: { host: 'web' } });
  });

  test('a CSP is sent and an injected inline script does not run', async ({ page, juri }) => {
    const response = await page.request.get(`${juri.origin}/`);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /script-src 'self'/,
    );

    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.appendChild(script);
      const directive = await Promise.race([violation, new Promise<string>((r) => setTimeout(() => r('none'), 2000))]);
      return { ran: w.__injected === true, directive };
    });
    expect(outcome.ran).toBe(false);
    expect(outcome.directive).toMatch(/^script-src/);
  });

  test('a call from the page without the token is refused with 401', async ({ page, juri }) => {
    const statuses = await page.evaluate(async (token) => {
      const call = (headers: Record<string, string>) =>
        fetch('/api/app/info', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: 'null',
        });
      const without = await call({});
      const withToken = await call({ authorization: `Bearer ${token}` });
      return { without: without.status, withoutBody: await without.text(), withToken: withToken.status };
    }, juri.token);
    expect(statuses.without).toBe(401);
    expect(statuses.withoutBody).not.toContain('"ok"');
    expect(statuses.withToken).toBe(200);
  });

  test('a call with a foreign Origin is refused with 403, even with the token', async ({ request, juri }) => {
    const url = `${juri.origin}/api/app/info`;
    const auth = { ...json, authorization: `Bearer ${juri.token}` };
    const foreign = await request.post(url, { headers: { ...auth, origin: 'http://evil.example' }, data: 'null' });
    expect(foreign.status()).toBe(403);
    const own = await request.post(url, { headers: { ...auth, origin: juri.origin }, data: 'null' });
    expect(own.status()).toBe(200);
    expect(await own.json()).toMatchObject({ ok: true });
  });

  test('the token is removed from the address bar after load', async ({ page, juri }) => {
    expect(juri.url).toContain('#token=');
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('token');
    expect(page.url()).not.toContain(juri.token);
    // The tab keeps working after the token left the URL.
    expect(await page.evaluate(() => window.api.file.recent())).toMatchObject({ ok: true });
  });

  test('a restarted host keeps the files but refuses the old token', async ({ page, request, juri }) => {
    const created = await page.evaluate(() => window.api.file.create({ name: 'Anugerah Uji Mulai Ulang', path: null }));
    expect(created).toMatchObject({ ok: true, value: { award: { programme: { name: 'Anugerah Uji Mulai Ulang' } } } });
    const oldToken = juri.token;

    await page.goto(await juri.restart());
    expect(juri.token).not.toBe(oldToken);
    const stale = await request.post(`${juri.origin}/api/file/recent`, {
      headers: { ...json, origin: juri.origin, authorization: `Bearer ${oldToken}` },
      data: 'null',
    });
    expect(stale.status()).toBe(401);
    await page.waitForFunction(() => 'api' in window && Boolean(window.api));
    const recent = await page.evaluate(() => window.api.file.recent());
    expect(recent).toMatchObject({ ok: true, value: [{ name: 'Anugerah Uji Mulai Ulang', exists: true }] });

    await page.goto(await juri.startWith(['--demo']));
    await page.waitForFunction(() => 'api' in window && Boolean(window.api));
    const current = await page.evaluate(() => window.api.file.current());
    expect(current).toMatchObject({ ok: true, value: { filePath: expect.stringContaining(juri.dataDir) as unknown } });
  });
});
