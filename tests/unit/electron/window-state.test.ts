import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  clampWindowState,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  MIN_WIDTH,
  trackWindowState,
  type WindowState,
} from '../../../electron/shell/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const external = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('clampWindowState', () => {
  it('keeps a window that is on a display', () => {
    const state: WindowState = { x: 100, y: 50, width: 1000, height: 600, maximized: false };
    expect(clampWindowState(state, [laptop])).toEqual(state);
  });

  it('moves a window from an unplugged monitor onto the remaining display', () => {
    const state: WindowState = { x: 2000, y: 100, width: 1200, height: 700, maximized: true };
    const clamped = clampWindowState(state, [laptop]);
    expect(clamped).toEqual({ x: 166, y: 28, width: 1200, height: 700, maximized: true });
  });

  it('moves a far off-screen window fully onto a display and shrinks it to fit', () => {
    const clamped = clampWindowState({ x: -5000, y: -3000, width: 3000, height: 2000, maximized: false }, [
      laptop,
      external,
    ]);
    expect(clamped.width).toBeLessThanOrEqual(laptop.width);
    expect(clamped.height).toBeLessThanOrEqual(laptop.height);
    expect(clamped.x).toBeGreaterThanOrEqual(0);
    expect(clamped.y).toBeGreaterThanOrEqual(0);
    expect((clamped.x ?? 0) + clamped.width).toBeLessThanOrEqual(laptop.width);
  });

  it('keeps a window on the second monitor where it was', () => {
    const state: WindowState = { x: 1500, y: 100, width: 1200, height: 800, maximized: false };
    expect(clampWindowState(state, [laptop, external])).toEqual(state);
  });

  it('never leaves the title bar above the work area', () => {
    expect(clampWindowState({ x: 100, y: -40, width: 1000, height: 600, maximized: false }, [laptop]).y).toBe(0);
  });

  it('centres a first-run window and enforces the minimum size', () => {
    const clamped = clampWindowState({ width: 10, height: 10, maximized: false }, [external]);
    expect(clamped.width).toBe(MIN_WIDTH);
    expect(clamped.x).toBe(1366 + (1920 - MIN_WIDTH) / 2);
  });
});

describe('window-state.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'juri-winstate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('falls back to defaults for a missing or damaged file', () => {
    expect(loadWindowState(join(dir, 'none.json'))).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, 'bad.json'), '{"width":"wide"');
    expect(loadWindowState(join(dir, 'bad.json'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('saves on resize (debounced) and on close, and reads it back', () => {
    vi.useFakeTimers();
    const file = join(dir, 'sub', 'window-state.json');
    const listeners = new Map<string, () => void>();
    let bounds = { x: 10, y: 20, width: 1000, height: 700 };
    const win = {
      on: (event: string, l: () => void) => listeners.set(event, l),
      isMaximized: () => false,
      isMinimized: () => false,
      isFullScreen: () => false,
      isDestroyed: () => false,
      getNormalBounds: () => bounds,
    };
    trackWindowState(win as never, file, 200);
    listeners.get('resize')?.();
    expect(() => readFileSync(file)).toThrow();
    vi.advanceTimersByTime(250);
    expect(loadWindowState(file)).toEqual({ ...bounds, maximized: false });
    bounds = { x: 30, y: 40, width: 1100, height: 750 };
    listeners.get('close')?.();
    expect(loadWindowState(file)).toEqual({ ...bounds, maximized: false });
    vi.useRealTimers();
  });
});
