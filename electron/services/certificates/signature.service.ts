import type { Approvals, Signature } from '../../../shared/certificates/certificate.schema';
import { MAX_SIGNATURE_BYTES } from '../../../shared/certificates/certificate.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import { scoringFor } from '../scoring/scoring.service';
import { checkPin } from '../scoring/session.service';
import { pngProblem } from './png';

const DATA_URL_PREFIX = 'data:image/png;base64,';

type Role = Signature['role'];

/**
 * Checks a drawn signature: a PNG data URL of at most 200 KB whose bytes really are a PNG.
 * Returns the data URL normalised (no whitespace inside the base64).
 */
export function checkSignatureImage(dataUrl: string): string {
  if (!dataUrl.startsWith(DATA_URL_PREFIX)) throw new UserError('invalid_input', 'errors.certificate.signatureNotPng');
  const base64 = dataUrl.slice(DATA_URL_PREFIX.length).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64))
    throw new UserError('invalid_input', 'errors.certificate.signatureNotPng');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_SIGNATURE_BYTES) {
    throw new UserError('invalid_input', 'errors.certificate.signatureTooLarge', {
      kb: Math.ceil(bytes.length / 1024),
      max: MAX_SIGNATURE_BYTES / 1024,
    });
  }
  const problem = pngProblem(bytes);
  if (problem === 'notPng') throw new UserError('invalid_input', 'errors.certificate.signatureNotPng');
  if (problem === 'damaged') throw new UserError('invalid_input', 'errors.certificate.signatureDamaged');
  return DATA_URL_PREFIX + base64;
}

const jurorRow = (award: AwardDb, jurorId: string) => {
  const row = award.sqlite
    .prepare<[string], { id: string; name: string; role: Role }>('SELECT id, name, role FROM juror WHERE id = ?')
    .get(jurorId);
  if (!row) throw new UserError('not_found', 'errors.notFound', { what: jurorId });
  return row;
};

/** Every juror with their stored signature (or none), in the setup's order. */
export function listSignatures(award: AwardDb): Signature[] {
  return award.sqlite
    .prepare<[], { id: string; name: string; role: Role; image: string | null; at: string | null }>(
      `SELECT j.id, j.name, j.role, s.image, s.at
       FROM juror j LEFT JOIN juror_signature s ON s.juror_id = j.id ORDER BY j.position_no`,
    )
    .all()
    .map((r) => ({ jurorId: r.id, name: r.name, role: r.role, image: r.image, at: r.at }));
}

export function signatureOf(award: AwardDb, jurorId: string): Signature {
  jurorRow(award, jurorId);
  const found = listSignatures(award).find((s) => s.jurorId === jurorId);
  if (!found) throw new UserError('not_found', 'errors.notFound', { what: jurorId });
  return found;
}

/** Stores (or replaces) a juror's drawn signature. */
export function saveSignature(award: AwardDb, jurorId: string, dataUrl: string, now = new Date()): Signature {
  jurorRow(award, jurorId);
  const image = checkSignatureImage(dataUrl);
  award.sqlite
    .prepare(
      `INSERT INTO juror_signature (juror_id, image, at) VALUES (?, ?, ?)
       ON CONFLICT DO UPDATE SET image = excluded.image, at = excluded.at`,
    )
    .run(jurorId, image, now.toISOString());
  return signatureOf(award, jurorId);
}

export function clearSignature(award: AwardDb, jurorId: string): Signature {
  jurorRow(award, jurorId);
  award.sqlite.prepare('DELETE FROM juror_signature WHERE juror_id = ?').run(jurorId);
  return signatureOf(award, jurorId);
}

interface SealRow {
  sealed: 0 | 1;
  fingerprint: string | null;
  clock: string;
}

const sealRow = (award: AwardDb, categoryId: string) =>
  award.sqlite
    .prepare<[string], SealRow>('SELECT sealed, fingerprint, clock FROM seal WHERE category_id = ?')
    .get(categoryId);

const categoryName = (award: AwardDb, categoryId: string) => {
  const row = award.sqlite
    .prepare<[string], { name: string }>('SELECT name FROM category WHERE id = ?')
    .get(categoryId);
  if (!row) throw new UserError('not_found', 'errors.notFound', { what: categoryId });
  return row.name;
};

/**
 * Which jurors approved the category's current seal, and when. Only approvals made after the seal
 * count: a reopen and a new seal, even of equal results, needs approving again.
 */
export function listApprovals(award: AwardDb, categoryId: string): Approvals {
  const category = categoryName(award, categoryId);
  const seal = sealRow(award, categoryId);
  const fingerprint = seal?.sealed === 1 ? seal.fingerprint : null;
  const rows = award.sqlite
    .prepare<[string, string, string], { id: string; name: string; role: Role; approved_at: string | null }>(
      `SELECT j.id, j.name, j.role,
         (SELECT min(e.at) FROM event e WHERE e.type = 'approve' AND e.juror_id = j.id
            AND e.category_id = ? AND e.text = ? AND e.hlc || '@' || e.device_id > ?) AS approved_at
       FROM juror j ORDER BY j.position_no`,
    )
    .all(categoryId, fingerprint ?? '', fingerprint ? (seal?.clock ?? '') : '\uffff');
  return {
    categoryId,
    category,
    sealed: fingerprint !== null,
    fingerprint,
    approvals: rows.map((r) => ({ jurorId: r.id, name: r.name, role: r.role, approvedAt: r.approved_at })),
  };
}

/**
 * A juror approves the category's sealed decision with their PIN. The approval is an 'approve'
 * event naming the seal's fingerprint, so a later reopen and new seal needs approving again.
 * Approving the same seal twice records nothing new.
 */
export async function approveDecision(
  award: AwardDb,
  jurorId: string,
  categoryId: string,
  pin: string,
  now = new Date(),
): Promise<Approvals> {
  categoryName(award, categoryId);
  const before = sealRow(award, categoryId);
  if (before?.sealed !== 1 || !before.fingerprint) throw new UserError('conflict', 'errors.certificate.notSealed');
  await checkPin(award, jurorId, pin, now);
  scoringFor(award).log.append(now, () => {
    // Checked again inside the transaction: a reopen may have landed while the PIN was hashed.
    const seal = sealRow(award, categoryId);
    if (seal?.sealed !== 1 || !seal.fingerprint) throw new UserError('conflict', 'errors.certificate.notSealed');
    const already = listApprovals(award, categoryId).approvals.find((a) => a.jurorId === jurorId)?.approvedAt;
    return {
      drafts: already
        ? []
        : [
            {
              type: 'approve',
              actor_id: jurorId,
              juror_id: jurorId,
              category_id: categoryId,
              text: seal.fingerprint,
            },
          ],
      result: () => undefined,
    };
  });
  return listApprovals(award, categoryId);
}
