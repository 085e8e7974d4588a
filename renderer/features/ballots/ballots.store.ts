import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { BallotPreview } from '../../../shared/judging/ballot.schema';
import type { AppError } from '../../../shared/ipc/envelope';
import { api } from '../../platform/api';

/** A chosen ballot file, kept so the same bytes are previewed and then imported. */
export interface ChosenFile {
  fileName: string;
  base64: string;
}

interface BallotsState {
  jurorId: string;
  file: ChosenFile | null;
  preview: BallotPreview | null;
  /** The last import that went through, for the success message. */
  imported: BallotPreview | null;
  error: AppError | null;
  busy: 'reading' | 'importing' | null;
  setJuror: (jurorId: string) => Promise<void>;
  choose: (file: ChosenFile) => Promise<void>;
  importFile: () => Promise<{ ok: true; preview: BallotPreview } | { ok: false }>;
  setReading: () => void;
  fail: (error: AppError) => void;
  reset: () => void;
}

const initial = { jurorId: '', file: null, preview: null, imported: null, error: null, busy: null } as const;

/** The paper-ballot screen: the juror, the chosen file and main's reading of it. Nothing is written before import. */
const ballotsStore = create<BallotsState>((set, get) => {
  const preview = async () => {
    const { jurorId, file } = get();
    if (!jurorId || !file) return;
    set({ busy: 'reading', error: null, preview: null });
    const result = await api().ballot.preview({ jurorId, ...file });
    // The juror or the file may have changed meanwhile: only the latest answer counts.
    if (get().file !== file || get().jurorId !== jurorId) return;
    if (result.ok) set({ preview: result.value, busy: null });
    else set({ error: result.error, busy: null });
  };
  return {
    ...initial,
    setJuror: async (jurorId) => {
      set({ jurorId, imported: null });
      await preview();
    },
    choose: async (file) => {
      set({ file, imported: null });
      await preview();
    },
    importFile: async () => {
      const { jurorId, file } = get();
      if (!jurorId || !file) return { ok: false };
      set({ busy: 'importing', error: null });
      const result = await api().ballot.import({ jurorId, ...file });
      if (!result.ok) {
        set({ error: result.error, busy: null });
        await preview();
        return { ok: false };
      }
      set({ busy: null, imported: result.value, preview: null, file: null });
      return { ok: true, preview: result.value };
    },
    setReading: () => set({ busy: 'reading', error: null, preview: null, imported: null }),
    fail: (error) => set({ error, busy: null, file: null, preview: null }),
    reset: () => set(initial),
  };
});

export const useBallots = () =>
  ballotsStore(
    useShallow((s) => ({
      jurorId: s.jurorId,
      file: s.file,
      preview: s.preview,
      imported: s.imported,
      error: s.error,
      busy: s.busy,
    })),
  );
export const useBallotActions = () =>
  ballotsStore(
    useShallow((s) => ({
      setJuror: s.setJuror,
      choose: s.choose,
      importFile: s.importFile,
      setReading: s.setReading,
      fail: s.fail,
      reset: s.reset,
    })),
  );
