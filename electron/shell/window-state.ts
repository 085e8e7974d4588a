import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
/** How much of the window must lie on a display to count as visible (title bar reachable). */
const MIN_VISIBLE = 100;

function overlap(a: Rectangle, b: Rectangle): Rectangle {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return { x, y, width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * Fits a saved window onto the displays there are now: a window that was on an unplugged
 * monitor (or mostly off-screen) is moved onto the display it overlaps most, else the first,
 * and shrunk to fit its work area. Pure; `workAreas` come from `screen.getAllDisplays()`.
 */
export function clampWindowState(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const sized = {
    width: Math.max(MIN_WIDTH, Math.round(state.width)),
    height: Math.max(MIN_HEIGHT, Math.round(state.height)),
  };
  if (state.x === undefined || state.y === undefined) {
    const width = Math.min(sized.width, primary.width);
    const height = Math.min(sized.height, primary.height);
    return {
      maximized: state.maximized,
      width,
      height,
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
    };
  }
  const rect = { x: Math.round(state.x), y: Math.round(state.y), ...sized };
  let best = primary;
  let bestArea = -1;
  for (const area of workAreas) {
    const o = overlap(rect, area);
    if (o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  const visible = overlap(rect, best);
  const width = Math.min(rect.width, best.width);
  const height = Math.min(rect.height, best.height);
  let { x, y } = rect;
  if (
    visible.width < Math.min(MIN_VISIBLE, width) ||
    visible.height < Math.min(MIN_VISIBLE, height) ||
    width < rect.width ||
    height < rect.height
  ) {
    x = Math.min(Math.max(x, best.x), best.x + best.width - width);
    y = Math.min(Math.max(y, best.y), best.y + best.height - height);
  }
  // The title bar must never sit above the work area, where it cannot be grabbed.
  y = Math.max(y, best.y);
  return { x, y, width, height, maximized: state.maximized };
}

/** Reads the saved state; anything unreadable gives the defaults. */
export function loadWindowState(file: string): WindowState {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowState>;
    const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
    if (!num(raw.width) || !num(raw.height)) return DEFAULT_WINDOW_STATE;
    return {
      width: raw.width,
      height: raw.height,
      maximized: raw.maximized === true,
      ...(num(raw.x) && num(raw.y) ? { x: raw.x, y: raw.y } : {}),
    };
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(state, null, 2));
}

type TrackedWindow = Pick<
  BrowserWindow,
  'on' | 'isMaximized' | 'isMinimized' | 'isFullScreen' | 'getNormalBounds' | 'isDestroyed'
>;

/** Saves bounds and maximized state on resize/move (debounced) and on close. */
export function trackWindowState(win: TrackedWindow, file: string, delayMs = 500): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed() || win.isMinimized()) return;
    const bounds = win.getNormalBounds();
    try {
      saveWindowState(file, { ...bounds, maximized: win.isMaximized() || win.isFullScreen() });
    } catch {
      // A read-only profile folder must not stop the window from closing.
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', schedule);
  win.on('close', save);
  return save;
}
