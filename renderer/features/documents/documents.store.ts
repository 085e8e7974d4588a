import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { CommitteeStatus, Seal, VerifyReport } from '../../../shared/documents/document.schema';
import type { AppError } from '../../../shared/ipc/envelope';
import type { Download } from '../../../shared/judging/ballot.schema';
import { api } from '../../platform/api';

type Result<T = undefined> = { ok: true; value: T } | { ok: false; error: AppError };

interface DocumentsState {
  committee: CommitteeStatus | null;
  seals: Seal[];
  loadError: string | null;
  /** The last checked PDF and its report. */
  verified: { fileName: string; report: VerifyReport } | null;
  load: () => Promise<void>;
  createCommittee: (passphrase: string, confirm: string) => Promise<Result>;
  finalise: (categoryId: string) => Promise<Result>;
  reopen: (categoryId: string, reason: string) => Promise<Result>;
  decision: (categoryId: string | null, passphrase: string) => Promise<Result<Download>>;
  certificate: () => Promise<Result<Download>>;
  verify: (fileName: string, base64: string) => Promise<Result>;
  clear: () => void;
}

const replaceSeal = (seals: Seal[], seal: Seal) => seals.map((s) => (s.categoryId === seal.categoryId ? seal : s));

/** The documents screen's cache: committee certificate, seals, the last verification. The file is the truth. */
export const documentsStore = create<DocumentsState>((set, get) => ({
  committee: null,
  seals: [],
  loadError: null,
  verified: null,
  load: async () => {
    const [committee, seals] = await Promise.all([api().document.committee(null), api().document.seals(null)]);
    if (!committee.ok) return set({ loadError: committee.error.message });
    if (!seals.ok) return set({ loadError: seals.error.message });
    set({ committee: committee.value, seals: seals.value, loadError: null });
  },
  createCommittee: async (passphrase, confirm) => {
    const result = await api().document.createCommittee({ passphrase, confirm });
    if (!result.ok) return result;
    set({ committee: result.value });
    return { ok: true, value: undefined };
  },
  finalise: async (categoryId) => {
    const result = await api().document.finalise({ categoryId });
    if (!result.ok) return result;
    set({ seals: replaceSeal(get().seals, result.value) });
    return { ok: true, value: undefined };
  },
  reopen: async (categoryId, reason) => {
    const result = await api().document.reopen({ categoryId, reason });
    if (!result.ok) return result;
    set({ seals: replaceSeal(get().seals, result.value) });
    return { ok: true, value: undefined };
  },
  decision: (categoryId, passphrase) => api().document.decision({ passphrase, ...(categoryId ? { categoryId } : {}) }),
  certificate: () => api().document.certificate(null),
  verify: async (fileName, base64) => {
    const result = await api().document.verify({ fileName, base64 });
    if (!result.ok) {
      set({ verified: null });
      return result;
    }
    set({ verified: { fileName, report: result.value } });
    return { ok: true, value: undefined };
  },
  clear: () => set({ committee: null, seals: [], loadError: null, verified: null }),
}));

export const useDocuments = () =>
  documentsStore(
    useShallow((s) => ({ committee: s.committee, seals: s.seals, loadError: s.loadError, verified: s.verified })),
  );

export const useDocumentActions = () =>
  documentsStore(
    useShallow((s) => ({
      load: s.load,
      createCommittee: s.createCommittee,
      finalise: s.finalise,
      reopen: s.reopen,
      decision: s.decision,
      certificate: s.certificate,
      verify: s.verify,
      clear: s.clear,
    })),
  );
