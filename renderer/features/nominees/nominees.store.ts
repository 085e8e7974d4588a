import { create } from 'zustand';
import type { Province } from '../../../shared/regions/regions.schema';
import { api } from '../../platform/api';

type Selection = ReadonlySet<string>;

export interface NomineeDraft {
  name: string;
  description: string;
}

const emptyDraft: NomineeDraft = { name: '', description: '' };

interface NomineesUiState {
  /** The award this state belongs to; opening another award starts afresh. */
  awardId: string | null;
  bindAward: (awardId: string) => void;
  /** The new custom nominee being typed. */
  draft: NomineeDraft;
  setDraft: (draft: Partial<NomineeDraft>) => void;
  /** The built-in reference data, loaded once per session. */
  provinces: Province[] | null;
  regionsError: string | null;
  loadProvinces: () => Promise<void>;
  filter: string;
  setFilter: (filter: string) => void;
  /** The province open in the region picker, or null when the picker is closed. */
  pickerProvince: string | null;
  pickProvince: (code: string | null) => void;
  /** Kab/kota codes ticked in the picker (not yet added). */
  selection: Selection;
  setSelection: (codes: Iterable<string>) => void;
  toggleRegency: (code: string) => void;
  includeProvince: boolean;
  setIncludeProvince: (value: boolean) => void;
  /** The custom nominee being edited in place. */
  editingId: string | null;
  setEditingId: (id: string | null) => void;
  /** The nominee waiting for the user to confirm its removal. */
  removingId: string | null;
  setRemovingId: (id: string | null) => void;
}

const useNomineesStore = create<NomineesUiState>((set, get) => ({
  awardId: null,
  bindAward: (awardId) => {
    if (get().awardId === awardId) return;
    set({
      awardId,
      draft: emptyDraft,
      filter: '',
      pickerProvince: null,
      selection: new Set(),
      includeProvince: false,
      editingId: null,
      removingId: null,
    });
  },
  draft: emptyDraft,
  setDraft: (draft) => set((s) => ({ draft: { ...s.draft, ...draft } })),
  provinces: null,
  regionsError: null,
  loadProvinces: async () => {
    if (get().provinces) return;
    const result = await api().regions.list();
    if (result.ok) set({ provinces: result.value, regionsError: null });
    else set({ regionsError: result.error.message });
  },
  filter: '',
  setFilter: (filter) => set({ filter }),
  pickerProvince: null,
  pickProvince: (code) => set({ pickerProvince: code, selection: new Set(), includeProvince: false }),
  selection: new Set(),
  setSelection: (codes) => set({ selection: new Set(codes) }),
  toggleRegency: (code) =>
    set(({ selection }) => {
      const next = new Set(selection);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return { selection: next };
    }),
  includeProvince: false,
  setIncludeProvince: (includeProvince) => set({ includeProvince }),
  editingId: null,
  setEditingId: (editingId) => set({ editingId }),
  removingId: null,
  setRemovingId: (removingId) => set({ removingId }),
}));

/** Reference data for the region picker: provinces (null while loading) and a load error. */
export const useProvinces = () => {
  const provinces = useNomineesStore((s) => s.provinces);
  const error = useNomineesStore((s) => s.regionsError);
  const load = useNomineesStore((s) => s.loadProvinces);
  return { provinces, error, load };
};

export const useNomineeFilter = () => {
  const filter = useNomineesStore((s) => s.filter);
  const setFilter = useNomineesStore((s) => s.setFilter);
  return [filter, setFilter] as const;
};

export const useRegionPicker = () => {
  const provinceCode = useNomineesStore((s) => s.pickerProvince);
  const pickProvince = useNomineesStore((s) => s.pickProvince);
  const selection = useNomineesStore((s) => s.selection);
  const setSelection = useNomineesStore((s) => s.setSelection);
  const toggleRegency = useNomineesStore((s) => s.toggleRegency);
  const includeProvince = useNomineesStore((s) => s.includeProvince);
  const setIncludeProvince = useNomineesStore((s) => s.setIncludeProvince);
  return { provinceCode, pickProvince, selection, setSelection, toggleRegency, includeProvince, setIncludeProvince };
};

export const useEditingNominee = () => {
  const editingId = useNomineesStore((s) => s.editingId);
  const setEditingId = useNomineesStore((s) => s.setEditingId);
  return [editingId, setEditingId] as const;
};

export const useRemovingNominee = () => {
  const removingId = useNomineesStore((s) => s.removingId);
  const setRemovingId = useNomineesStore((s) => s.setRemovingId);
  return [removingId, setRemovingId] as const;
};

export const useBindAward = () => useNomineesStore((s) => s.bindAward);

export const useNomineeDraft = () => {
  const draft = useNomineesStore((s) => s.draft);
  const setDraft = useNomineesStore((s) => s.setDraft);
  return [draft, setDraft] as const;
};
