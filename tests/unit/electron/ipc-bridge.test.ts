import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { HostContext } from '../../../electron/ipc/handlers';
import { Workspace } from '../../../electron/services/workspace';
import { registerIpc, sendEvent } from '../../../electron/shell/ipc-bridge';
import { listChannels } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/envelope';

type Handler = (event: { senderFrame: unknown }, input: unknown) => Promise<Envelope<unknown>>;

const dir = mkdtempSync(join(tmpdir(), 'juri-ipc-'));
afterAll(async () => {
  await ctx.workspace.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx: HostContext = { kind: 'electron', version: '9.9.9', language: 'id', workspace: new Workspace(dir) };
const mainFrame = { url: 'app://juri/index.html', parent: null, processId: 4, frameToken: 'main-token' };
const handlers = new Map<string, Handler>();
const log = { warn: vi.fn(), error: vi.fn() };
const registered = registerIpc({
  ipcMain: { handle: (channel: string, h: Handler) => void handlers.set(channel, h) } as never,
  ctx,
  mainFrame: () => mainFrame,
  log,
});
const call = (channel: string, senderFrame: unknown, input: unknown = null) => {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame }, input);
};

describe('IPC bridge', () => {
  it('registers one handler per contract channel', () => {
    const channels = listChannels().map((c) => c.channel);
    expect(registered).toEqual(channels);
    expect([...handlers.keys()].sort()).toEqual([...channels].sort());
    expect(channels).toContain('award:updateProgramme');
  });

  it('answers the main frame of our window through the gate', async () => {
    const info = await call('app:info', mainFrame);
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', version: '9.9.9', language: 'id' } });
    const demo = await call('file:openDemo', mainFrame);
    expect(demo.ok).toBe(true);
    const invalid = await call('category:remove', mainFrame, { id: 42 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it.each([
    ['our main frame after it navigated away', { ...mainFrame, url: 'https://example.com/' }],
    [
      'a subframe of our page',
      { url: 'app://juri/index.html', parent: mainFrame, processId: 4, frameToken: 'sub-token' },
    ],
    [
      'another window on app://juri',
      { url: 'app://juri/index.html', parent: null, processId: 9, frameToken: 'other-token' },
    ],
    ['a destroyed frame', null],
  ])('refuses %s without reaching the gate', async (_what, frame) => {
    const before = ctx.workspace.current;
    const result = await call('file:close', frame);
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Permintaan ditolak: pengirim tidak dikenal.' },
    });
    expect(ctx.workspace.current).toBe(before);
    expect(log.warn).toHaveBeenCalled();
  });

  it('sends events on the event channel, and not to a destroyed window', () => {
    const contents = { send: vi.fn(), isDestroyed: () => false };
    sendEvent(contents, 'awardOpened', { path: '/x.juri' });
    expect(contents.send).toHaveBeenCalledWith('event:awardOpened', { path: '/x.juri' });
    const gone = { send: vi.fn(), isDestroyed: () => true };
    sendEvent(gone, 'menu', { action: 'new' });
    sendEvent(null, 'menu', { action: 'new' });
    expect(gone.send).not.toHaveBeenCalled();
  });
});
