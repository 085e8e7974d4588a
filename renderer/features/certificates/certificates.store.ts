import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type {
  Approvals,
  CertificateCheck,
  CertificateImages,
  ExportJob,
  Signature,
} from '../../../shared/certificates/certificate.schema';
import type { AppError } from '../../../shared/ipc/envelope';
import type { Download } from '../../../shared/judging/ballot.schema';
import { api } from '../../platform/api';

type Result<T = undefined> = { ok: true; value: T } | { ok: false; error: AppError };

const POLL_MS = 300;

interface CertificatesState {
  signatures: Signature[];
  approvals: Record<string, Approvals>;
  images: CertificateImages;
  job: ExportJob | null;
  loadError: string | null;
  loadSignatures: () => Promise<void>;
  saveSignature: (image: string, jurorId?: string) => Promise<Result<Signature>>;
  clearSignature: (jurorId?: string) => Promise<Result<Signature>>;
  loadApprovals: (categoryId: string) => Promise<void>;
  approve: (categoryId: string, pin: string) => Promise<Result>;
  loadImages: () => Promise<void>;
  setImage: (kind: 'logo' | 'background', image: string | null) => Promise<Result>;
  startExport: (categoryId: string | null, passphrase?: string) => Promise<Result>;
  cancelExport: () => Promise<void>;
  combined: () => Promise<Result<Download>>;
  xlsx: () => Promise<Result<Download>>;
  verify: (payload: string) => Promise<Result<CertificateCheck>>;
}

const replace = (list: Signature[], s: Signature) =>
  list.some((x) => x.jurorId === s.jurorId) ? list.map((x) => (x.jurorId === s.jurorId ? s : x)) : [...list, s];

let poller: ReturnType<typeof setTimeout> | undefined;

/** The certificates feature's cache: signatures, approvals, images and the running export. The file is the truth. */
export const certificatesStore = create<CertificatesState>((set, get) => {
  // Polls the export job until it ends; each poll is one cheap call, so the UI stays responsive.
  const poll = () => {
    clearTimeout(poller);
    poller = setTimeout(() => {
      const job = get().job;
      if (!job || job.state !== 'running') return;
      void api()
        .certificate.progress({ jobId: job.jobId })
        .then((result) => {
          if (result.ok) set({ job: result.value });
          if (!result.ok || result.value.state === 'running') poll();
        });
    }, POLL_MS);
  };
  return {
    signatures: [],
    approvals: {},
    images: { logo: null, background: null },
    job: null,
    loadError: null,
    loadSignatures: async () => {
      const result = await api().certificate.signatures(null);
      set(result.ok ? { signatures: result.value, loadError: null } : { loadError: result.error.message });
    },
    saveSignature: async (image, jurorId) => {
      const result = await api().certificate.saveSignature(jurorId ? { jurorId, image } : { image });
      if (result.ok) set({ signatures: replace(get().signatures, result.value) });
      return result;
    },
    clearSignature: async (jurorId) => {
      const result = await api().certificate.clearSignature(jurorId ? { jurorId } : {});
      if (result.ok) set({ signatures: replace(get().signatures, result.value) });
      return result;
    },
    loadApprovals: async (categoryId) => {
      const result = await api().certificate.approvals({ categoryId });
      if (result.ok) set({ approvals: { ...get().approvals, [categoryId]: result.value } });
      else set({ loadError: result.error.message });
    },
    approve: async (categoryId, pin) => {
      const result = await api().certificate.approve({ categoryId, pin });
      if (!result.ok) return result;
      set({ approvals: { ...get().approvals, [categoryId]: result.value } });
      return { ok: true, value: undefined };
    },
    loadImages: async () => {
      const result = await api().certificate.images(null);
      if (result.ok) set({ images: result.value });
    },
    setImage: async (kind, image) => {
      const result = await api().certificate.setImage({ kind, image });
      if (!result.ok) return result;
      set({ images: result.value });
      return { ok: true, value: undefined };
    },
    startExport: async (categoryId, passphrase) => {
      const result = await api().certificate.exportCertificates({
        ...(categoryId ? { categoryId } : {}),
        ...(passphrase ? { passphrase } : {}),
      });
      if (!result.ok) return result;
      set({ job: result.value });
      poll();
      return { ok: true, value: undefined };
    },
    cancelExport: async () => {
      const job = get().job;
      if (!job) return;
      const result = await api().certificate.cancel({ jobId: job.jobId });
      if (result.ok) set({ job: result.value });
    },
    combined: async () => {
      const job = get().job;
      if (!job) return { ok: false, error: { code: 'not_found', message: '' } };
      return api().certificate.combined({ jobId: job.jobId });
    },
    xlsx: () => api().certificate.exportXlsx(null),
    verify: (payload) => api().certificate.verify({ payload }),
  };
});

export const useCertificates = () =>
  certificatesStore(
    useShallow((s) => ({
      signatures: s.signatures,
      approvals: s.approvals,
      images: s.images,
      job: s.job,
      loadError: s.loadError,
    })),
  );

export const useCertificateActions = () =>
  certificatesStore(
    useShallow((s) => ({
      loadSignatures: s.loadSignatures,
      saveSignature: s.saveSignature,
      clearSignature: s.clearSignature,
      loadApprovals: s.loadApprovals,
      approve: s.approve,
      loadImages: s.loadImages,
      setImage: s.setImage,
      startExport: s.startExport,
      cancelExport: s.cancelExport,
      combined: s.combined,
      xlsx: s.xlsx,
      verify: s.verify,
    })),
  );
