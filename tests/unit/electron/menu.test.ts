import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  buildMenuTemplate,
  installMenu,
  menuTranslator,
  type MenuHandlers,
  type MenuOptions,
} from '../../../electron/shell/menu';

const handlers = () => ({
  send: vi.fn<MenuHandlers['send']>(),
  setLanguage: vi.fn<MenuHandlers['setLanguage']>(),
  openRecent: vi.fn<MenuHandlers['openRecent']>(),
  openLogs: vi.fn<MenuHandlers['openLogs']>(),
});
const options: MenuOptions = {
  platform: 'linux',
  language: 'id',
  dev: false,
  recent: [
    { path: '/data/apresiasi.juri', name: 'Apresiasi 2024', openedAt: '2024-01-01T00:00:00Z', exists: true },
    { path: '/gone/old.juri', name: 'Lama', openedAt: '2023-01-01T00:00:00Z', exists: false },
  ],
};

const sub = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const byId = (items: MenuItemConstructorOptions[], id: string) => items.find((i) => i.id === id);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('native menu template', () => {
  it('has Indonesian labels and the accelerators', () => {
    const h = handlers();
    const menu = buildMenuTemplate(menuTranslator('id'), h, options);
    expect(menu.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bahasa', 'Bantuan']);
    const file = sub(menu[0]);
    expect(byId(file, 'new')).toMatchObject({ label: 'Penghargaan baru…', accelerator: 'CmdOrCtrl+N' });
    expect(byId(file, 'open')).toMatchObject({ label: 'Buka…', accelerator: 'CmdOrCtrl+O' });
    expect(byId(file, 'close')).toMatchObject({ label: 'Tutup', accelerator: 'CmdOrCtrl+W' });
    expect(byId(file, 'openDemo')?.label).toBe('Buka demo');
    expect(byId(file, 'exportTemplate')?.label).toBe('Ekspor templat…');
    expect(byId(file, 'importTemplate')?.label).toBe('Buat dari templat…');
    expect(byId(file, 'quit')).toMatchObject({ role: 'quit', label: 'Keluar' });
    expect(byId(sub(menu[4]), 'about')?.label).toBe('Tentang Juri');
  });

  it('switches to English, with the language radio following', () => {
    const menu = buildMenuTemplate(menuTranslator('en'), handlers(), { ...options, language: 'en' });
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Language', 'Help']);
    expect(byId(sub(menu[0]), 'new')).toMatchObject({ label: 'New award…', accelerator: 'CmdOrCtrl+N' });
    const languages = sub(menu[3]);
    expect(languages.map((l) => [l.label, l.type, l.checked])).toEqual([
      ['Indonesia', 'radio', false],
      ['English', 'radio', true],
    ]);
  });

  it('sends menu actions to the renderer and switches language', () => {
    const h = handlers();
    const menu = buildMenuTemplate(menuTranslator('id'), h, options);
    const file = sub(menu[0]);
    for (const id of ['new', 'open', 'openDemo', 'exportTemplate', 'importTemplate', 'close']) click(byId(file, id));
    click(byId(sub(menu[4]), 'about'));
    expect(h.send.mock.calls.map((c) => c[0])).toEqual([
      'new',
      'open',
      'openDemo',
      'exportTemplate',
      'importTemplate',
      'close',
      'about',
    ]);
    click(byId(sub(menu[3]), 'language-en'));
    expect(h.setLanguage).toHaveBeenCalledWith('en');
    click(byId(sub(menu[4]), 'openLogs'));
    expect(h.openLogs).toHaveBeenCalledOnce();
  });

  it('lists recent files; a missing one is shown but disabled', () => {
    const h = handlers();
    const recent = sub(byId(sub(buildMenuTemplate(menuTranslator('id'), h, options)[0]), 'recent'));
    expect(recent.map((r) => [r.label, r.enabled])).toEqual([
      ['Apresiasi 2024', true],
      ['Lama (tidak ditemukan)', false],
    ]);
    click(recent[0]);
    expect(h.openRecent).toHaveBeenCalledWith('/data/apresiasi.juri');
    const empty = sub(byId(sub(buildMenuTemplate(menuTranslator('id'), h, { ...options, recent: [] })[0]), 'recent'));
    expect(empty).toEqual([{ label: 'Belum ada berkas', enabled: false }]);
  });

  it('shows reload and developer tools only in development', () => {
    const roles = (dev: boolean) =>
      sub(buildMenuTemplate(menuTranslator('id'), handlers(), { ...options, dev })[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts the app menu first on macOS and quit there instead of in Berkas', () => {
    const menu = buildMenuTemplate(menuTranslator('id'), handlers(), { ...options, platform: 'darwin' });
    expect(menu[0]).toEqual({ role: 'appMenu' });
    expect(byId(sub(menu[1]), 'quit')).toBeUndefined();
  });

  it('installs the built menu', () => {
    const Menu = { buildFromTemplate: vi.fn(() => 'built' as never), setApplicationMenu: vi.fn() };
    installMenu(Menu, []);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith('built');
  });
});
