import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExportJob } from '../../../shared/certificates/certificate.schema';
import { translateMessage, translatorFor } from '../../../shared/i18n/i18n';
import { UserError } from '../../../shared/user-error';
import { exportCertificatesInWorker, type BatchHandle } from '../../services/certificates/certificate-batch';
import {
  certificateBatchFor,
  certificateImages,
  setCertificateImage,
  slug,
  verifyCertificatePayload,
} from '../../services/certificates/certificate-data';
import { resultsWorkbook } from '../../services/certificates/results-export';
import { certificateSigning } from '../../services/certificates/certificate-signing';
import {
  approveDecision,
  clearSignature,
  listApprovals,
  listSignatures,
  saveSignature,
} from '../../services/certificates/signature.service';
import { award, secretariat, signedIn } from '../guards';
import type { Handlers, HostContext } from '../host-context';

/** Certificate exports of this process, by job id (a job outlives the call that started it). */
const jobs = new Map<string, { job: ExportJob; handle: BatchHandle }>();

function jobOf(jobId: string) {
  const found = jobs.get(jobId);
  if (!found) throw new UserError('not_found', 'errors.certificate.jobNotFound');
  return found;
}

/** Whose signature a call may touch: one's own, or any juror's for the ketua and sekretaris. */
function signatureOwner(ctx: HostContext, jurorId: string | undefined): string {
  const session = signedIn(ctx);
  if (jurorId === undefined || jurorId === session.jurorId) return session.jurorId;
  return secretariat(ctx) && jurorId;
}

async function startExport(
  ctx: HostContext,
  categoryId: string | undefined,
  passphrase: string | undefined,
): Promise<ExportJob> {
  secretariat(ctx);
  const file = award(ctx);
  // A wrong passphrase is refused here, before any file is written.
  const signing = passphrase ? await certificateSigning(file, passphrase, ctx.language) : undefined;
  const batch = await certificateBatchFor(file, categoryId);
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const dir = join(ctx.workspace.dataDir, 'piagam', `${slug(categoryId ?? 'semua')}-${stamp}`);
  const jobId = randomUUID();
  const job: ExportJob = {
    jobId,
    state: 'running',
    done: 0,
    total: batch.items.length + 1,
    dir,
    combined: null,
    error: null,
  };
  const handle = exportCertificatesInWorker(batch, dir, {
    onProgress: ({ done, total }) => Object.assign(job, { done, total }),
    ...(signing ? { signing } : {}),
  });
  const t = translatorFor(ctx.language).t;
  handle.result.then(
    (result) => Object.assign(job, { state: result.cancelled ? 'cancelled' : 'done', combined: result.combined }),
    (error: unknown) =>
      Object.assign(job, {
        state: 'failed',
        error: translateMessage(t, 'errors.certificate.exportFailed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      }),
  );
  jobs.set(jobId, { job, handle });
  return { ...job };
}

/** The `certificate` namespace of the handler map (composed in ../handlers.ts). */
export const certificateHandlers: Handlers['certificate'] = {
  signatures: (ctx) => {
    const session = signedIn(ctx);
    const all = listSignatures(award(ctx));
    return session.isSecretariat ? all : all.filter((s) => s.jurorId === session.jurorId);
  },
  saveSignature: (ctx, { jurorId, image }) => saveSignature(award(ctx), signatureOwner(ctx, jurorId), image),
  clearSignature: (ctx, { jurorId }) => clearSignature(award(ctx), signatureOwner(ctx, jurorId)),
  approvals: (ctx, { categoryId }) => (signedIn(ctx), listApprovals(award(ctx), categoryId)),
  approve: (ctx, { categoryId, pin }) => approveDecision(award(ctx), signedIn(ctx).jurorId, categoryId, pin),
  images: (ctx) => certificateImages(award(ctx)),
  setImage: (ctx, { kind, image }) => {
    secretariat(ctx);
    setCertificateImage(award(ctx), kind, image);
    return certificateImages(award(ctx));
  },
  exportCertificates: (ctx, { categoryId, passphrase }) => startExport(ctx, categoryId, passphrase),
  progress: (_ctx, { jobId }) => ({ ...jobOf(jobId).job }),
  cancel: (_ctx, { jobId }) => {
    const { job, handle } = jobOf(jobId);
    if (job.state === 'running') handle.cancel();
    return { ...job };
  },
  combined: (ctx, { jobId }) => {
    secretariat(ctx);
    const { job } = jobOf(jobId);
    if (job.state !== 'done' || !job.combined) throw new UserError('conflict', 'errors.certificate.jobNotFound');
    return {
      fileName: basename(job.combined),
      mimeType: 'application/pdf',
      base64: readFileSync(job.combined).toString('base64'),
    };
  },
  exportXlsx: async (ctx) => {
    secretariat(ctx);
    const file = award(ctx);
    const bytes = await resultsWorkbook(file, ctx.language);
    return {
      fileName: 'hasil-penilaian.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: bytes.toString('base64'),
    };
  },
  verify: (ctx, { payload }) =>
    ctx.workspace.current
      ? verifyCertificatePayload(payload, ctx.workspace.current)
      : verifyCertificatePayload(payload),
};
