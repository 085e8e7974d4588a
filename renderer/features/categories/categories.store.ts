import { create } from 'zustand';

interface CategoriesState {
  /** The category whose criteria and nominees are shown; null picks the first. */
  selectedId: string | null;
  select: (id: string | null) => void;
}

const useCategoriesStore = create<CategoriesState>((set) => ({
  selectedId: null,
  select: (selectedId) => set({ selectedId }),
}));

export const useSelectedCategoryId = () => useCategoriesStore((s) => s.selectedId);
export const useSelectCategory = () => useCategoriesStore((s) => s.select);
