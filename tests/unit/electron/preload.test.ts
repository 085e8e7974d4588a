import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/ipc/api';
import { contract, type Namespace } from '../../../shared/ipc/contract';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  webUtils: { getPathForFile: vi.fn(() => '/home/ani/dropped.juri') },
}));
vi.mock('electron', () => electron);

beforeAll(async () => {
  electron.contextBridge.exposeInMainWorld.mockImplementation((key: string, value: unknown) => exposed.set(key, value));
  electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
  electron.ipcRenderer.on.mockImplementation((channel: string, l: (e: unknown, p: unknown) => void) =>
    listeners.set(channel, l),
  );
  await import('../../../electron/preload');
});

describe('preload', () => {
  it('exposes exactly api and juriFiles', () => {
    expect([...exposed.keys()].sort()).toEqual(['api', 'juriFiles']);
  });

  it('has every contract operation, and nothing else but `on`', () => {
    const api = exposed.get('api') as Record<string, Record<string, unknown>>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(contract), 'on'].sort());
    for (const ns of Object.keys(contract) as Namespace[]) {
      expect(Object.keys(api[ns] ?? {}).sort()).toEqual(Object.keys(contract[ns]).sort());
      for (const op of Object.keys(contract[ns])) expect(typeof api[ns]?.[op]).toBe('function');
    }
  });

  it('invokes the operation on its channel', async () => {
    const api = exposed.get('api') as Api;
    await expect(api.award.updateProgramme({ name: 'X' } as never)).resolves.toEqual({ ok: true, value: null });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('award:updateProgramme', { name: 'X' });
    await api.file.current();
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('file:current', null);
  });

  it('delivers events without the IPC event object and unsubscribes', () => {
    const api = exposed.get('api') as Api;
    const got: unknown[] = [];
    const off = api.on('awardOpened', (payload) => got.push(payload));
    const sender = { sender: 'the raw IpcRendererEvent' };
    listeners.get('event:awardOpened')?.(sender, { path: '/a.juri' });
    expect(got).toEqual([{ path: '/a.juri' }]);
    off();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(
      'event:awardOpened',
      listeners.get('event:awardOpened'),
    );
  });

  it('gives the path of a dropped file through webUtils', () => {
    const files = exposed.get('juriFiles') as { pathForFile: (f: unknown) => string };
    expect(Object.keys(files)).toEqual(['pathForFile']);
    expect(files.pathForFile({ name: 'dropped.juri' })).toBe('/home/ani/dropped.juri');
  });
});
