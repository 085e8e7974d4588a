import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppError } from '../../../shared/ipc/envelope';
import type { HistoryEntry, SheetStatusRow } from '../../../shared/judging/judging.schema';
import { api } from '../../platform/api';

/** The history filter as the form holds it: '' means "all". */
export interface HistoryQuery {
  jurorId: string;
  categoryId: string;
  nomineeId: string;
  criterionId: string;
}

export const EMPTY_QUERY: HistoryQuery = { jurorId: '', categoryId: '', nomineeId: '', criterionId: '' };
export const HISTORY_LIMIT = 500;

type Result = { ok: true } | { ok: false; error: AppError };

interface ChairState {
  sheets: SheetStatusRow[];
  sheetsError: string | null;
  loadingSheets: boolean;
  /** Whether the ketua has released the results; null until known. */
  released: boolean | null;
  query: HistoryQuery;
  history: HistoryEntry[];
  historyError: string | null;
  loadingHistory: boolean;
  loadSheets: () => Promise<Result>;
  loadReleased: () => Promise<void>;
  reopen: (jurorId: string, categoryId: string, reason: string) => Promise<Result>;
  setReleased: (released: boolean) => Promise<Result>;
  setQuery: (query: Partial<HistoryQuery>) => void;
  loadHistory: () => Promise<void>;
  clear: () => void;
}

const withoutEmpty = (query: HistoryQuery) =>
  Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '')) as Partial<HistoryQuery>;

/** What the chair & secretariat screen shows: every sheet's status and the history. Main holds the truth. */
const chairStore = create<ChairState>((set, get) => ({
  sheets: [],
  sheetsError: null,
  loadingSheets: false,
  released: null,
  query: EMPTY_QUERY,
  history: [],
  historyError: null,
  loadingHistory: false,
  loadSheets: async () => {
    set({ loadingSheets: true });
    const result = await api().chair.sheets(null);
    if (!result.ok) {
      set({ loadingSheets: false, sheetsError: result.error.message });
      return { ok: false, error: result.error };
    }
    set({ loadingSheets: false, sheetsError: null, sheets: result.value });
    return { ok: true };
  },
  loadReleased: async () => {
    const result = await api().scoring.overview(null);
    if (result.ok) set({ released: result.value.released });
  },
  reopen: async (jurorId, categoryId, reason) => {
    const result = await api().chair.reopen({ jurorId, categoryId, reason });
    if (!result.ok) return { ok: false, error: result.error };
    set({ sheets: result.value, sheetsError: null });
    void get().loadHistory();
    return { ok: true };
  },
  setReleased: async (released) => {
    const result = await api().chair.release({ released });
    if (!result.ok) return { ok: false, error: result.error };
    set({ released: result.value.released });
    void get().loadHistory();
    return { ok: true };
  },
  setQuery: (query) => {
    set({ query: { ...get().query, ...query } });
    void get().loadHistory();
  },
  loadHistory: async () => {
    const query = get().query;
    set({ loadingHistory: true });
    const result = await api().chair.history({ ...withoutEmpty(query), limit: HISTORY_LIMIT });
    // A newer filter may have been asked for meanwhile; only its answer counts.
    if (get().query !== query) return;
    if (result.ok) set({ history: result.value, historyError: null, loadingHistory: false });
    else set({ historyError: result.error.message, loadingHistory: false });
  },
  clear: () =>
    set({ sheets: [], sheetsError: null, released: null, query: EMPTY_QUERY, history: [], historyError: null }),
}));

export const useSheets = () =>
  chairStore(
    useShallow((s) => ({
      sheets: s.sheets,
      error: s.sheetsError,
      loading: s.loadingSheets,
    })),
  );
export const useReleased = () => chairStore((s) => s.released);
export const useHistory = () =>
  chairStore(
    useShallow((s) => ({
      query: s.query,
      entries: s.history,
      error: s.historyError,
      loading: s.loadingHistory,
    })),
  );
export const useChairActions = () =>
  chairStore(
    useShallow((s) => ({
      loadSheets: s.loadSheets,
      loadReleased: s.loadReleased,
      reopen: s.reopen,
      setReleased: s.setReleased,
      setQuery: s.setQuery,
      loadHistory: s.loadHistory,
      clear: s.clear,
    })),
  );
