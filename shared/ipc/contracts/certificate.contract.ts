import { z } from 'zod';
import {
  ApprovalsSchema,
  ApproveSchema,
  CategoryRefSchema,
  CertificateCheckSchema,
  CertificateImagesSchema,
  ExportCertificatesSchema,
  ExportJobSchema,
  JobRefSchema,
  JurorRefSchema,
  SaveSignatureSchema,
  SetCertificateImageSchema,
  SignatureSchema,
  VerifyCertificateSchema,
} from '../../certificates/certificate.schema';
import { DownloadSchema } from '../../judging/ballot.schema';
import { op, none } from '../op';

/** The `certificate` namespace of the one IPC contract (composed in ../contract.ts). */
export const certificateContract = {
  signatures: op(
    "Jurors' drawn signatures: all of them for the secretariat, one's own for any other juror.",
    none,
    z.array(SignatureSchema),
  ),
  saveSignature: op(
    "Store a drawn signature (PNG data URL, at most 200 KB): one's own, or any juror's by the secretariat.",
    SaveSignatureSchema,
    SignatureSchema,
  ),
  clearSignature: op(
    "Remove a drawn signature: one's own, or any juror's by the secretariat.",
    JurorRefSchema,
    SignatureSchema,
  ),
  approvals: op("Which jurors approved a category's sealed decision, and when.", CategoryRefSchema, ApprovalsSchema),
  approve: op(
    "The signed-in juror approves a category's sealed decision with their PIN (refused until the ketua finalises).",
    ApproveSchema,
    ApprovalsSchema,
  ),
  images: op("The certificates' logo and background images.", none, CertificateImagesSchema),
  setImage: op(
    "Set or remove the certificates' logo or background (PNG or JPEG, at most 3 MB); ketua or sekretaris.",
    SetCertificateImageSchema,
    CertificateImagesSchema,
  ),
  exportCertificates: op(
    'Start writing the certificates (one PDF per winner and a combined print file) off the main thread; ketua or sekretaris.',
    ExportCertificatesSchema,
    ExportJobSchema,
  ),
  progress: op('How far a certificate export has got.', JobRefSchema, ExportJobSchema),
  cancel: op('Stop a certificate export after the certificate being written.', JobRefSchema, ExportJobSchema),
  combined: op("A finished export's combined print file, as a download.", JobRefSchema, DownloadSchema),
  exportXlsx: op(
    'The results workbook (rankings, per-juror scores, history) as XLSX; ketua or sekretaris.',
    none,
    DownloadSchema,
  ),
  verify: op(
    "Verify a certificate's QR payload offline; with an award open, also against its key and current results.",
    VerifyCertificateSchema,
    CertificateCheckSchema,
  ),
} as const;
