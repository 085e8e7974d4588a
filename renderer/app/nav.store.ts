import { useEffect } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';

/** Setup screens, then the judging screens (shown once the award has jurors). */
export const SETUP_SECTIONS = ['programme', 'categories', 'nominees', 'jurors', 'templates'] as const;
export const JUDGING_SECTIONS = ['scoring', 'results', 'chair', 'ballots', 'indicators'] as const;
/** After judging: the signed decision sheets and certificates, and merging the jurors' files. */
export const CLOSING_SECTIONS = ['documents', 'merge'] as const;
export const SECTIONS = [...SETUP_SECTIONS, ...JUDGING_SECTIONS, ...CLOSING_SECTIONS] as const;
export type Section = (typeof SECTIONS)[number];

interface NavState {
  section: Section;
  /** A screen with unsaved edits sets this; leaving it then asks first. */
  dirty: boolean;
  /** Where the user asked to go while the screen was dirty; the shell asks to discard. */
  pending: Section | 'close' | null;
  go: (section: Section) => void;
  requestClose: () => boolean;
  setDirty: (dirty: boolean) => void;
  confirmLeave: () => Section | 'close' | null;
  cancelLeave: () => void;
  reset: () => void;
}

/** For app-level actions outside React render; components use the hooks below. */
export const navStore = create<NavState>((set, get) => ({
  section: 'programme',
  dirty: false,
  pending: null,
  go: (section) => {
    if (section === get().section) return;
    if (get().dirty) set({ pending: section });
    else set({ section });
  },
  requestClose: () => {
    if (!get().dirty) return true;
    set({ pending: 'close' });
    return false;
  },
  setDirty: (dirty) => {
    if (dirty !== get().dirty) set({ dirty });
  },
  confirmLeave: () => {
    const target = get().pending;
    if (target && target !== 'close') set({ section: target, pending: null, dirty: false });
    else set({ pending: null, dirty: false });
    return target;
  },
  cancelLeave: () => set({ pending: null }),
  reset: () => set({ section: 'programme', dirty: false, pending: null }),
}));

/** Which screen is shown. */
export const useSection = () => navStore((s) => s.section);
/** Goes to a screen, asking first when the current one has unsaved edits. */
export const useGo = () => navStore((s) => s.go);
export const usePendingLeave = () => navStore((s) => s.pending);
export const useLeaveActions = () =>
  navStore(
    useShallow((s) => ({
      confirmLeave: s.confirmLeave,
      cancelLeave: s.cancelLeave,
      requestClose: s.requestClose,
      reset: s.reset,
    })),
  );

/** A screen with a form calls this with whether it has unsaved edits; leaving the screen clears it. */
export function useUnsavedGuard(dirty: boolean): void {
  const setDirty = navStore((s) => s.setDirty);
  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  useEffect(() => () => setDirty(false), [setDirty]);
}
