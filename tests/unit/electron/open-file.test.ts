import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { HostContext } from '../../../electron/ipc/handlers';
import { Workspace } from '../../../electron/services/workspace';
import { createAwardOpener, parseLaunchArgs } from '../../../electron/shell/open-file';

describe('parseLaunchArgs', () => {
  it('finds a .juri path and --demo, ignoring the app path and Chromium switches', () => {
    expect(parseLaunchArgs(['/opt/Juri/juri', '--no-sandbox', 'Penghargaan.JURI'], '/home/ani')).toEqual({
      file: '/home/ani/Penghargaan.JURI',
      demo: false,
    });
    expect(parseLaunchArgs(['electron', '.', '--demo'], '/w')).toEqual({ file: null, demo: true });
    expect(parseLaunchArgs(['electron', '.', '--allow-file-access-from-files', '/abs/a.juri'], '/w').file).toBe(
      '/abs/a.juri',
    );
    expect(parseLaunchArgs(['juri.juri'], '/w').file).toBeNull();
  });
});

describe('award opener', () => {
  const dir = mkdtempSync(join(tmpdir(), 'juri-open-'));
  const ctx: HostContext = {
    kind: 'electron',
    version: '1',
    language: 'en',
    workspace: new Workspace(dir),
    onAwardOpened: vi.fn(),
  };
  afterAll(async () => {
    await ctx.workspace.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('waits for startup, then opens the last requested file and tells the renderer', async () => {
    const notify = vi.fn();
    const showError = vi.fn();
    const opener = createAwardOpener({ ctx, notify, showError, log: vi.fn() });
    expect(await opener.openDemo()).toBeNull();
    expect(ctx.workspace.current).toBeNull();
    await opener.start();
    const path = ctx.workspace.current?.path;
    expect(path).toMatch(/demo-apresiasi-2024\.juri$/);
    expect(notify).toHaveBeenCalledWith(path);
    expect(ctx.onAwardOpened).toHaveBeenCalledWith(path, 'Apresiasi Program Prioritas 2024');
    expect(showError).not.toHaveBeenCalled();
  });

  it('shows a translated message for a file that is not an award, and keeps the open one', async () => {
    const notify = vi.fn();
    const showError = vi.fn();
    const opener = createAwardOpener({ ctx, notify, showError, log: vi.fn() });
    await opener.start();
    const before = ctx.workspace.current?.path;
    const bogus = join(dir, 'bogus.juri');
    writeFileSync(bogus, 'not sqlite at all, just text'.repeat(50));
    expect(await opener.open(bogus)).toBeNull();
    expect(showError).toHaveBeenCalledOnce();
    expect(String(showError.mock.calls[0]?.[0])).not.toMatch(/at .*\.ts:\d+/);
    expect(notify).not.toHaveBeenCalled();
    expect(ctx.workspace.current?.path).toBe(before);
  });
});
