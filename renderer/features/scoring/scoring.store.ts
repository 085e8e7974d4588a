import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AppError } from '../../../shared/ipc/envelope';
import type { Cell, HistoryEntry, Overview, Sheet } from '../../../shared/judging/judging.schema';
import { api } from '../../platform/api';
import { cellKey, progressOf, unscoredNominees } from './sheet-model';

/** The save state of one cell or note: the time main wrote it, or why it refused. */
export type SaveState =
  { status: 'saving' } | { status: 'saved'; savedAt: string } | { status: 'error'; message: string };

export type View = 'grid' | 'nominee';

interface ScoringState {
  overview: Overview | null;
  overviewError: string | null;
  categoryId: string | null;
  sheet: Sheet | null;
  sheetError: string | null;
  /** The juror's cells by `cellKey`, as main last answered. */
  cells: Record<string, Cell>;
  saves: Record<string, SaveState>;
  /** A value refused before or by main, shown inline on its cell until the next edit. */
  problems: Record<string, string>;
  notes: Record<string, string>;
  noteSaves: Record<string, SaveState>;
  /** The last cell written, for the status line above the grid. */
  lastSaved: { key: string; savedAt: string } | null;
  view: View;
  /** The focused cell of the grid, also the nominee shown in the nominee view. */
  focus: { nomineeId: string; criterionId: string } | null;
  /** "Belum dinilai": the nominees left to score when the filter was switched on. */
  todo: string[] | null;

  loadOverview: () => Promise<void>;
  /** Shows the workspace of this juror: anything of another juror's is dropped first. */
  forJuror: (jurorId: string | null) => Promise<void>;
  openCategory: (categoryId: string | null) => Promise<void>;
  save: (nomineeId: string, criterionId: string, value: number | null) => Promise<boolean>;
  comment: (nomineeId: string, criterionId: string, text: string) => Promise<AppError | null>;
  note: (nomineeId: string, text: string) => Promise<void>;
  refuse: (nomineeId: string, criterionId: string, message: string) => void;
  clearProblem: (nomineeId: string, criterionId: string) => void;
  submit: (pin: string) => Promise<AppError | null>;
  history: (filter: { nomineeId?: string; criterionId?: string }) => Promise<HistoryEntry[] | AppError>;
  setView: (view: View) => void;
  setFocus: (nomineeId: string, criterionId: string) => void;
  /** Switches "belum dinilai" on (the nominees left to score now) or off. */
  setTodo: (on: boolean) => void;
  reset: () => void;
}

const initial = {
  overview: null,
  overviewError: null,
  categoryId: null,
  sheet: null,
  sheetError: null,
  cells: {},
  saves: {},
  problems: {},
  notes: {},
  noteSaves: {},
  lastSaved: null,
  view: 'grid' as View,
  focus: null,
  todo: null,
};

// Answers to older saves of the same cell are ignored: the newest request wins on screen, as in the file.
const latest = new Map<string, number>();
let requests = 0;

const without = <T>(record: Record<string, T>, key: string): Record<string, T> => {
  if (!(key in record)) return record;
  const next = { ...record };
  delete next[key];
  return next;
};

/** The signed-in juror's scoring workspace. The award file is the truth: every answer of main is adopted. */
export const scoringStore = create<ScoringState>((set, get) => ({
  ...initial,

  loadOverview: async () => {
    const result = await api().scoring.overview(null);
    if (result.ok) set({ overview: result.value, overviewError: null });
    else set({ overview: null, overviewError: result.error.message });
  },

  forJuror: async (jurorId) => {
    if ((get().overview?.juror.id ?? null) !== jurorId) get().reset();
    if (jurorId) await get().loadOverview();
  },

  openCategory: async (categoryId) => {
    set({ categoryId, sheet: null, sheetError: null, saves: {}, problems: {}, noteSaves: {}, todo: null });
    set({ lastSaved: null, focus: null });
    if (!categoryId) {
      await get().loadOverview();
      return;
    }
    const result = await api().scoring.sheet({ categoryId });
    if (get().categoryId !== categoryId) return;
    if (!result.ok) {
      set({ sheetError: result.error.message });
      return;
    }
    const sheet = result.value;
    const firstNominee = sheet.nominees.find((n) => !n.conflict);
    const firstCriterion = sheet.criteria.find((c) => c.kind === 'judged');
    set({
      sheet,
      cells: Object.fromEntries(sheet.cells.map((c) => [cellKey(c.nomineeId, c.criterionId), c])),
      notes: Object.fromEntries(sheet.notes.map((n) => [n.nomineeId, n.text])),
      focus: firstNominee && firstCriterion ? { nomineeId: firstNominee.id, criterionId: firstCriterion.id } : null,
    });
  },

  save: async (nomineeId, criterionId, value) => {
    const { categoryId } = get();
    if (!categoryId) return false;
    const key = cellKey(nomineeId, criterionId);
    const request = ++requests;
    latest.set(key, request);
    set((s) => ({ saves: { ...s.saves, [key]: { status: 'saving' } }, problems: without(s.problems, key) }));
    const result = await api().scoring.save({ categoryId, nomineeId, criterionId, value });
    if (latest.get(key) !== request || get().categoryId !== categoryId) return result.ok;
    if (result.ok) {
      set((s) => ({
        cells: { ...s.cells, [key]: result.value.cell },
        saves: { ...s.saves, [key]: { status: 'saved', savedAt: result.value.savedAt } },
        lastSaved: { key, savedAt: result.value.savedAt },
      }));
    } else {
      set((s) => ({
        saves: { ...s.saves, [key]: { status: 'error', message: result.error.message } },
        problems: { ...s.problems, [key]: result.error.message },
      }));
    }
    return result.ok;
  },

  comment: async (nomineeId, criterionId, text) => {
    const { categoryId } = get();
    if (!categoryId) return null;
    const key = cellKey(nomineeId, criterionId);
    const result = await api().scoring.comment({ categoryId, nomineeId, criterionId, text });
    if (!result.ok) return result.error;
    set((s) => ({
      cells: { ...s.cells, [key]: result.value.cell },
      saves: { ...s.saves, [key]: { status: 'saved', savedAt: result.value.savedAt } },
      lastSaved: { key, savedAt: result.value.savedAt },
    }));
    return null;
  },

  note: async (nomineeId, text) => {
    const { categoryId } = get();
    if (!categoryId) return;
    const request = ++requests;
    latest.set(`note|${nomineeId}`, request);
    set((s) => ({
      notes: { ...s.notes, [nomineeId]: text },
      noteSaves: { ...s.noteSaves, [nomineeId]: { status: 'saving' } },
    }));
    const result = await api().scoring.note({ categoryId, nomineeId, text });
    if (latest.get(`note|${nomineeId}`) !== request || get().categoryId !== categoryId) return;
    set((s) => ({
      noteSaves: {
        ...s.noteSaves,
        [nomineeId]: result.ok
          ? { status: 'saved', savedAt: result.value.savedAt }
          : { status: 'error', message: result.error.message },
      },
    }));
  },

  refuse: (nomineeId, criterionId, message) =>
    set((s) => ({ problems: { ...s.problems, [cellKey(nomineeId, criterionId)]: message } })),

  clearProblem: (nomineeId, criterionId) =>
    set((s) => ({ problems: without(s.problems, cellKey(nomineeId, criterionId)) })),

  submit: async (pin) => {
    const { categoryId } = get();
    if (!categoryId) return null;
    const result = await api().scoring.submit({ categoryId, pin });
    if (!result.ok) return result.error;
    set({ overview: result.value });
    const sheet = await api().scoring.sheet({ categoryId });
    if (sheet.ok && get().categoryId === categoryId) {
      set({
        sheet: sheet.value,
        cells: Object.fromEntries(sheet.value.cells.map((c) => [cellKey(c.nomineeId, c.criterionId), c])),
      });
    }
    return null;
  },

  history: async (filter) => {
    const { categoryId } = get();
    const result = await api().scoring.history({ ...(categoryId ? { categoryId } : {}), ...filter, limit: 200 });
    return result.ok ? result.value : result.error;
  },

  setView: (view) => set({ view }),
  setFocus: (nomineeId, criterionId) => {
    const f = get().focus;
    if (f?.nomineeId !== nomineeId || f.criterionId !== criterionId) set({ focus: { nomineeId, criterionId } });
  },
  setTodo: (on) => {
    const { sheet, cells } = get();
    set({ todo: on && sheet ? [...unscoredNominees(sheet, cells)] : null });
  },
  reset: () => {
    latest.clear();
    set(initial);
  },
}));

export const useOverview = () => scoringStore(useShallow((s) => ({ overview: s.overview, error: s.overviewError })));
export const useSheet = () =>
  scoringStore(useShallow((s) => ({ categoryId: s.categoryId, sheet: s.sheet, error: s.sheetError })));
export const useCells = () => scoringStore((s) => s.cells);
export const useCell = (nomineeId: string, criterionId: string) =>
  scoringStore(
    useShallow((s) => {
      const key = cellKey(nomineeId, criterionId);
      return { cell: s.cells[key], save: s.saves[key], problem: s.problems[key] };
    }),
  );
export const useNote = (nomineeId: string) =>
  scoringStore(useShallow((s) => ({ text: s.notes[nomineeId] ?? '', save: s.noteSaves[nomineeId] })));
export const useLastSaved = () => scoringStore((s) => s.lastSaved);
export const useView = () => scoringStore((s) => s.view);
export const useFocusCell = () => scoringStore((s) => s.focus);
export const useTodo = () => scoringStore((s) => s.todo);
export const useProblems = () => scoringStore((s) => s.problems);
export const useSaves = () => scoringStore((s) => s.saves);

/** Progress of the open sheet, from the cells main answered. */
export const useSheetProgress = () =>
  scoringStore(useShallow((s) => (s.sheet ? progressOf(s.sheet, s.cells) : { done: 0, due: 0 })));

/** The actions, for event handlers. */
export const useScoringActions = () =>
  scoringStore(
    useShallow((s) => ({
      loadOverview: s.loadOverview,
      forJuror: s.forJuror,
      openCategory: s.openCategory,
      save: s.save,
      comment: s.comment,
      note: s.note,
      refuse: s.refuse,
      clearProblem: s.clearProblem,
      submit: s.submit,
      history: s.history,
      setView: s.setView,
      setFocus: s.setFocus,
      setTodo: s.setTodo,
      reset: s.reset,
    })),
  );
