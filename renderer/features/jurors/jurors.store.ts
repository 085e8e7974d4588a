import { create } from 'zustand';

/** Which juror the editor dialog shows: a new one, an existing one by id, or none. */
export type JurorEditorTarget = { kind: 'new' } | { kind: 'edit'; id: string } | null;

interface JurorsUiState {
  editor: JurorEditorTarget;
  setEditor: (target: JurorEditorTarget) => void;
  /** The juror whose conflicts of interest are being edited. */
  conflictsFor: string | null;
  setConflictsFor: (id: string | null) => void;
  /** The juror waiting for the user to confirm removal. */
  removingId: string | null;
  setRemovingId: (id: string | null) => void;
}

const useJurorsStore = create<JurorsUiState>((set) => ({
  editor: null,
  setEditor: (editor) => set({ editor }),
  conflictsFor: null,
  setConflictsFor: (conflictsFor) => set({ conflictsFor }),
  removingId: null,
  setRemovingId: (removingId) => set({ removingId }),
}));

export const useJurorEditor = () => {
  const editor = useJurorsStore((s) => s.editor);
  const setEditor = useJurorsStore((s) => s.setEditor);
  return [editor, setEditor] as const;
};

export const useConflictsEditor = () => {
  const jurorId = useJurorsStore((s) => s.conflictsFor);
  const setJurorId = useJurorsStore((s) => s.setConflictsFor);
  return [jurorId, setJurorId] as const;
};

export const useRemovingJuror = () => {
  const removingId = useJurorsStore((s) => s.removingId);
  const setRemovingId = useJurorsStore((s) => s.setRemovingId);
  return [removingId, setRemovingId] as const;
};
