import { create } from 'zustand';
import type { AwardSetup } from '../../../shared/award/award.schema';
import type { AppError, Envelope } from '../../../shared/ipc/envelope';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface AwardState {
  /** The setup of the open award, as main last returned it; null on the start screen. */
  setup: AwardSetup | null;
  saveState: SaveState;
  lastError: AppError | null;
  /** Sends one contract call that returns the setup, and adopts the result. */
  apply: (pending: Promise<Envelope<AwardSetup | null>>) => Promise<{ ok: true } | { ok: false; error: AppError }>;
  setSetup: (setup: AwardSetup | null) => void;
}

/** The open award. The file is the truth: every change goes to main, and main's answer replaces this state. */
export const useAwardStore = create<AwardState>((set) => ({
  setup: null,
  saveState: 'idle',
  lastError: null,
  setSetup: (setup) => set({ setup, saveState: 'idle', lastError: null }),
  apply: async (pending) => {
    set({ saveState: 'saving' });
    const result = await pending;
    if (!result.ok) {
      set({ saveState: 'error', lastError: result.error });
      return { ok: false, error: result.error };
    }
    set({ setup: result.value, saveState: 'saved', lastError: null });
    return { ok: true };
  },
}));

/** Hooks for components (they use these, not the store directly). */
export const useSetup = () => useAwardStore((s) => s.setup);
export const useSaveState = () => useAwardStore((s) => s.saveState);
export const useApply = () => useAwardStore((s) => s.apply);
