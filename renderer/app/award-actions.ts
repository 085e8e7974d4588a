import type { AwardSetup } from '../../shared/award/award.schema';
import type { AppError, Envelope } from '../../shared/ipc/envelope';
import { useAwardStore } from '../features/award/award.store';
import { api } from '../platform/api';
import { saveBlob } from '../ui/files';
import { appStore } from './app.store';
import { navStore } from './nav.store';

export type ActionResult = { ok: true; setup: AwardSetup | null } | { ok: false; error: AppError };

/** Makes an opened award the current one and shows its first screen. */
function adopt(setup: AwardSetup): void {
  navStore.getState().reset();
  useAwardStore.getState().setSetup(setup);
  void refreshRecent();
}

async function settle(pending: Promise<Envelope<AwardSetup | null>>): Promise<ActionResult> {
  const result = await pending;
  if (!result.ok) return { ok: false, error: result.error };
  if (result.value) adopt(result.value);
  return { ok: true, setup: result.value };
}

export async function refreshRecent(): Promise<void> {
  const result = await api().file.recent();
  if (result.ok) appStore.getState().setRecent(result.value);
}

export async function loadHostInfo(): Promise<void> {
  const result = await api().app.info();
  if (result.ok) appStore.getState().setInfo(result.value);
}

/** On start: an award already open in main (e.g. `--demo`, a file on argv) goes straight to the shell. */
export async function loadCurrent(): Promise<void> {
  const result = await api().file.current();
  if (result.ok && result.value) adopt(result.value);
  appStore.getState().setBooting(false);
}

/** Creates a new award file; `path` null lets the host choose (save dialog or its data folder). */
export const createAward = (name: string, path: string | null = null) => settle(api().file.create({ name, path }));

export const openAward = (path: string | null) => settle(api().file.open({ path }));

export const openDemo = () => settle(api().file.openDemo());

export const createFromTemplate = (template: unknown) => settle(api().template.create({ template, path: null }));

/** Shows the open dialog of the host, or our own path dialog where the host has none (browser mode). */
export async function startOpen(): Promise<ActionResult | null> {
  if (!appStore.getState().info?.nativeDialogs) {
    appStore.getState().openDialog('open');
    return null;
  }
  return openAward(null);
}

export async function forgetRecent(path: string): Promise<void> {
  const result = await api().file.forgetRecent({ path });
  if (result.ok) appStore.getState().setRecent(result.value);
}

/** Closes the award (after the unsaved-changes question, if any) and returns to the start screen. */
export async function closeAward(force = false): Promise<void> {
  if (!force && !navStore.getState().requestClose()) return;
  await api().file.close();
  useAwardStore.getState().setSetup(null);
  navStore.getState().reset();
  await refreshRecent();
}

/** A file name safe on Windows, macOS and Linux. */
export function safeFileName(name: string): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const cleaned = printable
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.slice(0, 120) || 'penghargaan';
}

/** Downloads the open award's setup as `<name>.juri-template.json` (no scores, no PINs). */
export async function exportTemplate(): Promise<{ ok: true; fileName: string } | { ok: false; error: AppError }> {
  const result = await api().template.export();
  if (!result.ok) return { ok: false, error: result.error };
  const name = useAwardStore.getState().setup?.award.programme.name ?? 'penghargaan';
  const fileName = `${safeFileName(name)}.juri-template.json`;
  saveBlob(fileName, new Blob([JSON.stringify(result.value, null, 2)], { type: 'application/json' }));
  return { ok: true, fileName };
}
