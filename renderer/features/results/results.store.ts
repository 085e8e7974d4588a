import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Analysis } from '../../../shared/scoring/analysis.schema';
import type { CategoryResult } from '../../../shared/scoring/scoring-result.schema';
import type { SheetStatusRow } from '../../../shared/judging/judging.schema';
import { api } from '../../platform/api';
import type { Envelope } from '../../../shared/ipc/envelope';
import type { DecideTie } from '../../../shared/scoring/tie-decision.schema';

export interface CategoryOutcome {
  result: CategoryResult;
  analysis: Analysis;
}

interface ResultsState {
  outcomes: CategoryOutcome[];
  /** Open sheets, for the ketua and sekretaris (jurors do not see them). */
  openSheets: SheetStatusRow[];
  categoryId: string | null;
  nomineeId: string | null;
  /** The envelope's message when the results may not be shown (not released) or failed. */
  error: string | null;
  loading: boolean;
  /** Asks main for the selected category's results (the engine and analysis run for that one only). */
  load: (withSheets: boolean) => Promise<void>;
  /** The ketua's order for nominees left tied; the answer replaces the shown results. */
  decideTie: (decision: DecideTie) => Promise<Envelope<unknown>>;
  selectCategory: (categoryId: string) => void;
  selectNominee: (nomineeId: string | null) => void;
  clear: () => void;
}

/** The results screen: main computes everything from the file; this holds its last answer. */
const resultsStore = create<ResultsState>((set, get) => ({
  outcomes: [],
  openSheets: [],
  categoryId: null,
  nomineeId: null,
  error: null,
  loading: false,
  load: async (withSheets) => {
    const categoryId = get().categoryId;
    if (categoryId === null) return;
    set({ loading: true });
    const [results, sheets] = await Promise.all([
      api().results.award({ categoryId }),
      withSheets ? api().chair.sheets(null) : Promise.resolve(null),
    ]);
    // The user picked another category while this was on its way: its own load follows.
    if (get().categoryId !== categoryId) return;
    if (!results.ok) {
      set({ loading: false, error: results.error.message, outcomes: [] });
      return;
    }
    set({
      loading: false,
      error: null,
      outcomes: results.value,
      openSheets: sheets?.ok ? sheets.value.filter((s) => s.status === 'open') : [],
    });
  },
  decideTie: async (decision) => {
    const result = await api().chair.decideTie(decision);
    if (result.ok && get().categoryId === decision.categoryId) set({ outcomes: result.value, error: null });
    return result;
  },
  selectCategory: (categoryId) => set({ categoryId, nomineeId: null }),
  selectNominee: (nomineeId) => set({ nomineeId }),
  clear: () => set({ outcomes: [], openSheets: [], error: null, categoryId: null, nomineeId: null }),
}));

export const useResults = () =>
  resultsStore(
    useShallow((s) => ({
      outcomes: s.outcomes,
      openSheets: s.openSheets,
      categoryId: s.categoryId,
      nomineeId: s.nomineeId,
      error: s.error,
      loading: s.loading,
    })),
  );
export const useResultsActions = () =>
  resultsStore(
    useShallow((s) => ({
      load: s.load,
      decideTie: s.decideTie,
      selectCategory: s.selectCategory,
      selectNominee: s.selectNominee,
      clear: s.clear,
    })),
  );
