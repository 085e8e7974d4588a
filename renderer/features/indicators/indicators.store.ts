import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type {
  IndicatorHistoryEntry,
  IndicatorList,
  IndicatorPreview,
  SetIndicator,
  SetIndicatorRule,
} from '../../../shared/indicators/indicator.schema';
import type { AppError, Envelope } from '../../../shared/ipc/envelope';
import { api } from '../../platform/api';

/** A chosen indicator file, kept so the same bytes are previewed and then imported. */
export interface ChosenFile {
  fileName: string;
  base64: string;
}

interface IndicatorsState {
  categoryId: string;
  list: IndicatorList | null;
  history: IndicatorHistoryEntry[];
  file: ChosenFile | null;
  preview: IndicatorPreview | null;
  /** The last import that went through, for the success message. */
  imported: IndicatorPreview | null;
  error: AppError | null;
  busy: 'loading' | 'reading' | 'importing' | null;
  selectCategory: (categoryId: string) => Promise<void>;
  choose: (file: ChosenFile) => Promise<void>;
  importFile: () => Promise<IndicatorPreview | null>;
  /** A manual value with its reason; the envelope goes back to the dialog for inline errors. */
  setValue: (input: Omit<SetIndicator, 'categoryId'>) => Promise<Envelope<IndicatorList>>;
  setRule: (input: SetIndicatorRule) => Promise<Envelope<IndicatorList>>;
  setReading: () => void;
  fail: (error: AppError) => void;
  reset: () => void;
}

type Data = Pick<
  IndicatorsState,
  'categoryId' | 'list' | 'history' | 'file' | 'preview' | 'imported' | 'error' | 'busy'
>;
const initial: Data = {
  categoryId: '',
  list: null,
  history: [],
  file: null,
  preview: null,
  imported: null,
  error: null,
  busy: null,
};

/** The indicator screen: the chosen category, its values and history, and main's reading of a file. */
const indicatorsStore = create<IndicatorsState>((set, get) => {
  const load = async (categoryId: string) => {
    const [list, history] = await Promise.all([
      api().indicator.list({ categoryId }),
      api().indicator.history({ categoryId }),
    ]);
    if (get().categoryId !== categoryId) return;
    if (!list.ok) return set({ error: list.error, list: null, busy: null });
    set({ list: list.value, history: history.ok ? history.value : [], busy: null });
  };
  const preview = async () => {
    const { categoryId, file } = get();
    if (!categoryId || !file) return;
    set({ busy: 'reading', error: null, preview: null });
    const result = await api().indicator.preview({ categoryId, ...file });
    // The category or the file may have changed meanwhile: only the latest answer counts.
    if (get().file !== file || get().categoryId !== categoryId) return;
    if (result.ok) set({ preview: result.value, busy: null });
    else set({ error: result.error, busy: null });
  };
  const afterChange = async (result: Envelope<IndicatorList>) => {
    if (result.ok) {
      set({ list: result.value });
      await load(result.value.category.id);
    }
    return result;
  };
  return {
    ...initial,
    selectCategory: async (categoryId) => {
      set({ ...initial, categoryId, busy: categoryId ? 'loading' : null });
      if (categoryId) await load(categoryId);
    },
    choose: async (file) => {
      set({ file, imported: null });
      await preview();
    },
    importFile: async () => {
      const { categoryId, file } = get();
      if (!categoryId || !file) return null;
      set({ busy: 'importing', error: null });
      const result = await api().indicator.import({ categoryId, ...file });
      if (!result.ok) {
        set({ error: result.error, busy: null });
        await preview();
        return null;
      }
      set({ busy: null, imported: result.value, preview: null, file: null });
      await load(categoryId);
      return result.value;
    },
    setValue: async (input) => afterChange(await api().indicator.set({ categoryId: get().categoryId, ...input })),
    setRule: async (input) => afterChange(await api().indicator.setRule(input)),
    setReading: () => set({ busy: 'reading', error: null, preview: null, imported: null }),
    fail: (error) => set({ error, busy: null, file: null, preview: null }),
    reset: () => set(initial),
  };
});

export const useIndicators = () =>
  indicatorsStore(
    useShallow((s) => ({
      categoryId: s.categoryId,
      list: s.list,
      history: s.history,
      file: s.file,
      preview: s.preview,
      imported: s.imported,
      error: s.error,
      busy: s.busy,
    })),
  );
export const useIndicatorActions = () =>
  indicatorsStore(
    useShallow((s) => ({
      selectCategory: s.selectCategory,
      choose: s.choose,
      importFile: s.importFile,
      setValue: s.setValue,
      setRule: s.setRule,
      setReading: s.setReading,
      fail: s.fail,
      reset: s.reset,
    })),
  );
