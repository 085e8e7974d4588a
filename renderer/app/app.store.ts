import { create } from 'zustand';
import type { HostInfo, RecentFile } from '../../shared/ipc/contract';

export type FileDialog = 'new' | 'open' | 'import' | 'about' | null;

interface AppState {
  info: HostInfo | null;
  recent: RecentFile[];
  /** The file dialog shown over the start screen or the shell (driven by buttons and the native menu). */
  dialog: FileDialog;
  /** True until file.current answered, so the start screen does not flash. */
  booting: boolean;
  setInfo: (info: HostInfo) => void;
  setRecent: (recent: RecentFile[]) => void;
  openDialog: (dialog: FileDialog) => void;
  setBooting: (booting: boolean) => void;
}

const useAppStore = create<AppState>((set) => ({
  info: null,
  recent: [],
  dialog: null,
  booting: true,
  setInfo: (info) => set({ info }),
  setRecent: (recent) => set({ recent }),
  openDialog: (dialog) => set({ dialog }),
  setBooting: (booting) => set({ booting }),
}));

export const useHostInfo = () => useAppStore((s) => s.info);
export const useRecentFiles = () => useAppStore((s) => s.recent);
export const useFileDialog = () => useAppStore((s) => s.dialog);
export const useOpenDialog = () => useAppStore((s) => s.openDialog);
export const useBooting = () => useAppStore((s) => s.booting);
/** For the app's own actions (award-actions.ts), outside React render. */
export const appStore = useAppStore;
