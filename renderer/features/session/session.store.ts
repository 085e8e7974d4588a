import { create } from 'zustand';
import type { RosterEntry, Session } from '../../../shared/judging/judging.schema';
import type { AppError } from '../../../shared/ipc/envelope';
import { api } from '../../platform/api';

interface SessionState {
  /** Who may sign in on this laptop (names and roles only). */
  roster: RosterEntry[];
  /** The juror signed in on this host, or null. */
  session: Session | null;
  /** True until `session.current` answered, so the sign-in panel does not flash. */
  loading: boolean;
  /** Reads the roster and the current session again (after opening an award or a setup change). */
  refresh: () => Promise<void>;
  signIn: (jurorId: string, pin: string) => Promise<{ ok: true } | { ok: false; error: AppError }>;
  setPin: (jurorId: string, pin: string, confirm: string) => Promise<{ ok: true } | { ok: false; error: AppError }>;
  signOut: () => Promise<void>;
  clear: () => void;
}

/** The juror session of this host. Main holds the truth; this mirrors its last answer. */
export const sessionStore = create<SessionState>((set) => ({
  roster: [],
  session: null,
  loading: true,
  refresh: async () => {
    const [roster, current] = await Promise.all([api().session.roster(null), api().session.current(null)]);
    set({
      roster: roster.ok ? roster.value : [],
      session: current.ok ? current.value : null,
      loading: false,
    });
  },
  signIn: async (jurorId, pin) => {
    const result = await api().session.signIn({ jurorId, pin });
    if (!result.ok) return { ok: false, error: result.error };
    set({ session: result.value });
    return { ok: true };
  },
  setPin: async (jurorId, pin, confirm) => {
    const result = await api().session.setPin({ jurorId, pin, confirm });
    if (!result.ok) return { ok: false, error: result.error };
    set({ session: result.value });
    return { ok: true };
  },
  signOut: async () => {
    await api().session.signOut(null);
    set({ session: null });
  },
  clear: () => set({ roster: [], session: null, loading: true }),
}));

export const useSession = () => sessionStore((s) => s.session);
export const useRoster = () => sessionStore((s) => s.roster);
export const useSessionLoading = () => sessionStore((s) => s.loading);
