import type { i18n } from 'i18next';
import { DocumentClaimSchema, type DocumentClaim, type VerifyReport } from '../../../shared/documents/document.schema';
import type { AwardDb } from '../../db/open-award-db';
import { committeeCertificate } from './committee-key';
import { readPdfSignatures } from './pkcs7';
import { sealedResultsOf } from './seal.service';

/** The key of the PDF information dictionary that carries Juri's claim (base64 of its JSON). */
export const CLAIM_KEY = 'JuriDocument';

export const encodeClaim = (claim: DocumentClaim): string =>
  Buffer.from(JSON.stringify(claim), 'utf8').toString('base64');

/** The claim written into the first revision (before `end`, the end of what the first signature covers). */
export function readClaim(pdf: Buffer, end: number): DocumentClaim | null {
  const text = pdf.subarray(0, end).toString('latin1');
  const entry = new RegExp(`/${CLAIM_KEY}\\s*(?:\\(([A-Za-z0-9+/=]+)\\)|(\\d+)\\s+0\\s+R)`).exec(text);
  // pdfkit writes the information values as separate string objects.
  const found =
    entry?.[1] ??
    (entry?.[2] ? new RegExp(`(?:^|\\n)${entry[2]} 0 obj\\s*\\(([A-Za-z0-9+/=]+)\\)`).exec(text)?.[1] : undefined);
  if (!found) return null;
  try {
    const parsed = DocumentClaimSchema.safeParse(JSON.parse(Buffer.from(found, 'base64').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const awardIdOf = (award: AwardDb) =>
  award.sqlite.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'award_id'").get()?.value ?? null;

/**
 * Checks a PDF Juri signed: every PKCS#7 over its byte range, the newest covering the whole file,
 * and the claim (award, categories, fingerprints) the first signature covers. With the award file:
 * the first signer must be its committee certificate, and each signed fingerprint is compared with
 * the one sealed in the file now.
 */
export function verifyPdf(pdf: Buffer, award: AwardDb | null, t: i18n['t']): VerifyReport {
  const problems: string[] = [];
  const say = (key: string, params: Record<string, unknown> = {}) =>
    problems.push(t(`decision.verify.problem.${key}`, { ns: 'documents', ...params }));
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') say('notPdf');
  const found = readPdfSignatures(pdf);
  const committee = award ? committeeCertificate(award) : null;
  const signatures = found.map((s) => ({
    valid: s.valid,
    coversWholeFile: s.coversWholeFile,
    signer: s.signer,
    signingTime: s.signingTime?.toISOString() ?? null,
    certificateFingerprint: s.certificate?.fingerprint256 ?? null,
    committee: award ? committee !== null && s.certificate?.fingerprint256 === committee.fingerprint : null,
    problem: s.problem ? t(`decision.verify.problem.${s.problem}`, { ns: 'documents' }) : null,
  }));
  if (found.length === 0) say('unsigned');
  found.forEach((s, i) => {
    if (!s.valid) say('signature', { n: i + 1, why: signatures[i]?.problem ?? '' });
  });
  const last = found[found.length - 1];
  if (last && !last.coversWholeFile) say('appended');
  const first = found[0];
  const claim = first?.valid ? readClaim(pdf, first.byteRange[2] + first.byteRange[3]) : null;
  if (first?.valid && !claim) say('noClaim');

  let sameAward: boolean | null = null;
  if (award) {
    if (!committee) say('noCommittee');
    else if (signatures[0] && !signatures[0].committee) say('foreignSigner');
    sameAward = claim !== null && claim.awardId === awardIdOf(award) && signatures[0]?.committee === true;
    if (claim && claim.awardId !== awardIdOf(award)) say('otherAward', { award: claim.award });
  }
  const categories = (claim?.categories ?? []).map((c) => {
    if (!award || !sameAward) return { ...c, matches: null };
    const sealed = sealedResultsOf(award, c.id);
    const matches = sealed?.fingerprint === c.fingerprint;
    if (!matches) say(sealed ? 'resultsDiffer' : 'notSealedNow', { category: c.name });
    return { ...c, matches };
  });
  const valid =
    found.length > 0 &&
    found.every((s) => s.valid) &&
    last?.coversWholeFile === true &&
    claim !== null &&
    (award === null || sameAward === true);
  return { valid, signatures, claim, sameAward, categories, problems };
}
