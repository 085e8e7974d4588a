import { translatorFor } from '../../../shared/i18n/i18n';
import { UserError } from '../../../shared/user-error';
import type { CommitteeStatus } from '../../../shared/documents/document.schema';
import type { AwardDb } from '../../db/open-award-db';
import {
  committeeCertificate,
  committeeCertificateDer,
  createCommitteeKey,
} from '../../services/documents/committee-key';
import { warmDecisionWorker } from '../../services/documents/decision-thread';
import { decisionPdf } from '../../services/documents/decision.service';
import { finaliseCategory, listSeals, reopenCategory } from '../../services/documents/seal.service';
import { verifyPdf } from '../../services/documents/verify.service';
import { award, chair, fromBase64, secretariat } from '../guards';
import type { Handlers } from '../host-context';

function status(file: AwardDb): CommitteeStatus {
  const cert = committeeCertificate(file);
  return {
    exists: cert !== null,
    subject: cert?.subject ?? null,
    fingerprint: cert?.fingerprint ?? null,
    createdAt: cert?.createdAt ?? null,
  };
}

/** The `document` namespace of the handler map (composed in ../handlers.ts). */
export const documentHandlers: Handlers['document'] = {
  committee: (ctx) => {
    const current = status(award(ctx));
    // The documents screen opens with this call: start the decision worker while the user reads.
    if (current.exists) warmDecisionWorker();
    return current;
  },
  createCommittee: (ctx, { passphrase }) => {
    chair(ctx);
    const file = award(ctx);
    createCommitteeKey(file, passphrase);
    return status(file);
  },
  certificate: (ctx) => {
    const file = award(ctx);
    return {
      fileName: 'sertifikat-dewan-juri.cer',
      mimeType: 'application/pkix-cert',
      base64: committeeCertificateDer(file).toString('base64'),
    };
  },
  seals: (ctx) => listSeals(award(ctx)),
  finalise: (ctx, { categoryId }) => finaliseCategory(award(ctx), chair(ctx).jurorId, categoryId),
  reopen: (ctx, { categoryId, reason }) => reopenCategory(award(ctx), chair(ctx).jurorId, categoryId, reason),
  decision: async (ctx, { categoryId, passphrase, language }) => {
    secretariat(ctx);
    const { fileName, bytes } = await decisionPdf(award(ctx), passphrase, {
      ...(categoryId ? { categoryId } : {}),
      language: language ?? ctx.language,
    });
    return { fileName, mimeType: 'application/pdf', base64: bytes.toString('base64') };
  },
  verify: (ctx, { fileName, base64 }) => {
    const bytes = Buffer.from(fromBase64(base64));
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new UserError('invalid_input', 'errors.document.notPdf', { name: fileName });
    }
    return verifyPdf(bytes, ctx.workspace.current, translatorFor(ctx.language).t);
  },
};
