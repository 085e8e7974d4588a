import type { Menu as MenuClass, MenuItemConstructorOptions } from 'electron';
import { createI18n, type Language } from '../../shared/i18n/i18n';
import type { EventPayload, RecentFile } from '../../shared/ipc/contract';
import { menu as enMenu } from '../../shared/i18n/locales/en/menu';
import { menu as idMenu } from '../../shared/i18n/locales/id/menu';

export type MenuKey = keyof typeof idMenu;
/** Translates a key of the `menu` namespace. */
export type MenuT = (key: MenuKey, params?: Record<string, string>) => string;
export type MenuAction = EventPayload<'menu'>['action'];

const translators = new Map<Language, MenuT>();

/** Menu and dialog labels of main in one language. */
export function menuTranslator(language: Language): MenuT {
  let t = translators.get(language);
  if (!t) {
    const i18n = createI18n(language, { id: { menu: idMenu }, en: { menu: enMenu } });
    const fixed = i18n.getFixedT(language, 'menu');
    t = (key, params) => fixed(key, params ?? {});
    translators.set(language, t);
  }
  return t;
}

export interface MenuHandlers {
  /** Sends a `menu` event to the renderer, which runs the same action as its own buttons. */
  send(action: MenuAction): void;
  setLanguage(language: Language): void;
  openRecent(path: string): void;
  openLogs(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  language: Language;
  recent: readonly RecentFile[];
  /** Development build: adds reload and developer tools. */
  dev: boolean;
}

/** The native menu as a template. Pure, so the labels and accelerators are unit-tested. */
export function buildMenuTemplate(t: MenuT, h: MenuHandlers, o: MenuOptions): MenuItemConstructorOptions[] {
  const mac = o.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] = o.recent.length
    ? o.recent.map((r) => ({
        label: r.exists ? r.name : t('recentMissing', { name: r.name }),
        sublabel: r.path,
        toolTip: r.path,
        enabled: r.exists,
        click: () => h.openRecent(r.path),
      }))
    : [{ label: t('recentEmpty'), enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      { id: 'new', label: t('newAward'), accelerator: 'CmdOrCtrl+N', click: () => h.send('new') },
      { id: 'open', label: t('open'), accelerator: 'CmdOrCtrl+O', click: () => h.send('open') },
      { id: 'openDemo', label: t('openDemo'), click: () => h.send('openDemo') },
      { id: 'recent', label: t('recent'), submenu: recent },
      { type: 'separator' },
      { id: 'exportTemplate', label: t('exportTemplate'), click: () => h.send('exportTemplate') },
      { id: 'importTemplate', label: t('importTemplate'), click: () => h.send('importTemplate') },
      { type: 'separator' },
      { id: 'close', label: t('close'), accelerator: 'CmdOrCtrl+W', click: () => h.send('close') },
      ...(mac ? [] : [{ type: 'separator' } as const, { id: 'quit', role: 'quit', label: t('quit') } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      { role: 'undo', label: t('undo') },
      { role: 'redo', label: t('redo') },
      { type: 'separator' },
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      ...(o.dev
        ? ([
            { role: 'reload', label: t('reload') },
            { role: 'toggleDevTools', label: t('devTools') },
            { type: 'separator' },
          ] as const)
        : []),
      { role: 'resetZoom', label: t('resetZoom') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('fullscreen') },
    ],
  };

  const language: MenuItemConstructorOptions = {
    label: t('language'),
    submenu: (
      [
        ['id', t('indonesian')],
        ['en', t('english')],
      ] as const
    ).map(([lang, label]) => ({
      id: `language-${lang}`,
      label,
      type: 'radio',
      checked: o.language === lang,
      click: () => h.setLanguage(lang),
    })),
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('help'),
    submenu: [
      { id: 'about', label: t('about'), click: () => h.send('about') },
      { id: 'openLogs', label: t('openLogs'), click: () => h.openLogs() },
    ],
  };

  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, view, language, help];
}

/** Builds and installs the application menu. */
export function installMenu(
  Menu: Pick<typeof MenuClass, 'buildFromTemplate' | 'setApplicationMenu'>,
  template: MenuItemConstructorOptions[],
): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
