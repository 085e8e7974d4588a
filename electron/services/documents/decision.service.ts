import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AwardSetup } from '../../../shared/award/award.schema';
import type { DocumentClaim } from '../../../shared/documents/document.schema';
import { translatorFor, type Language } from '../../../shared/i18n/i18n';
import { describeVerdict } from '../../../shared/scoring/verdict';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import { certificateImages } from '../certificates/certificate-data';
import { listApprovals, listSignatures } from '../certificates/signature.service';
import { readSetup } from '../setup.service';
import { unlockCommitteeKey } from './committee-key';
import { runDecisionJob } from './decision-thread';
import { decisionSheet, type DecisionCategory, type DecisionJuror, type DecisionSheetInput } from './decision-sheet';
import { fontsDir, type FontSet } from './fonts';
import type { DocDefinition } from './pdf-render';
import { requireSealed } from './seal.service';
import { renderSignedPdf, type SignatureInfo } from './sign-pdf';
import { CLAIM_KEY, encodeClaim } from './verify.service';

export interface DecisionOptions {
  /** Omitted: one sheet for every category of the award (all must be sealed). */
  categoryId?: string;
  language?: Language;
}

/** "Apresiasi Program Prioritas 2024" → "APP": the initials of the award's words, for document numbers. */
export function awardCode(name: string): string {
  const initials = name
    .split(/\s+/)
    .map((word) => /[A-Za-z]/.exec(word)?.[0] ?? '')
    .join('')
    .toUpperCase();
  return (initials || 'JURI').slice(0, 8);
}

/** `<n>/BA-DJ/<award code>/<year>`: n is the category's place in the setup (00 for the whole award). */
export function documentNumber(setup: AwardSetup, categoryId: string | undefined, now: Date): string {
  const { programme } = setup.award;
  const year = (programme.decisionDate ?? now.toISOString()).slice(0, 4);
  const index = categoryId === undefined ? 0 : setup.categories.findIndex((c) => c.id === categoryId) + 1;
  return `${String(index).padStart(2, '0')}/BA-DJ/${awardCode(programme.name)}/${year}`;
}

const defaultLogos = new Map<string, string | null>();

/** The organiser's logo set for certificates, else Juri's neutral emblem beside the fonts in resources/. */
function logoOf(award: AwardDb, fonts: string): DecisionSheetInput['logo'] {
  const own = certificateImages(award).logo;
  if (own) return { image: own };
  if (!defaultLogos.has(fonts)) {
    try {
      defaultLogos.set(fonts, readFileSync(join(fonts, '..', 'logo.svg'), 'utf8'));
    } catch {
      defaultLogos.set(fonts, null);
    }
  }
  const svg = defaultLogos.get(fonts);
  return svg ? { svg } : null;
}

/**
 * Everything a decision sheet shows, read from the award file: the sealed categories (their live
 * results must still equal the seal), the verdict in words, tie decisions, every juror's totals,
 * the jurors' drawn signatures and approvals. Returns the definition and the claim it carries.
 */
export async function decisionDefinition(
  award: AwardDb,
  options: DecisionOptions = {},
  now = new Date(),
  fonts = fontsDir(),
): Promise<{ def: DocDefinition; claim: DocumentClaim; fileName: string; setup: AwardSetup }> {
  const language = options.language ?? 'id';
  const t = translatorFor(language).t;
  const setup = await readSetup(award);
  const chosen =
    options.categoryId === undefined ? setup.categories : setup.categories.filter((c) => c.id === options.categoryId);
  if (chosen.length === 0) throw new UserError('not_found', 'errors.notFound', { what: options.categoryId ?? '' });
  const jurorNames = new Map(setup.jurors.map((j) => [j.id, j.name]));
  const categories: DecisionCategory[] = [];
  for (const category of chosen) {
    const { seal, fingerprint, result, analysis } = await requireSealed(award, category.id);
    const names = new Map(result.ranking.map((r) => [r.nomineeId, r.name]));
    const titles = new Map(result.winners.map((x) => [x.nomineeId, x.title]));
    const criteria = new Map(category.criteria.map((k) => [k.id, k.name]));
    categories.push({
      id: category.id,
      name: category.name,
      method: result.method,
      trimK: category.scoring.trimK,
      quorum: category.scoring.quorum,
      ranking: result.ranking.map((r) => ({
        rank: r.rank,
        name: r.name,
        score: r.score,
        jurorCount: r.jurorCount,
        title: titles.has(r.nomineeId) ? (titles.get(r.nomineeId) ?? '') : null,
        insufficient: r.insufficient,
      })),
      agreement: {
        kendallW: analysis.agreement.kendallW,
        p: analysis.agreement.p,
        jurors: analysis.agreement.jurorIds.length,
        nominees: analysis.agreement.nomineeIds.length,
      },
      verdict: describeVerdict(t, analysis),
      tieBreaks: result.tieBreaks.map((tb) => ({
        rank: tb.rank,
        nominees: tb.nomineeIds.map((id) => names.get(id) ?? id),
        kind: tb.kind,
        criterion: tb.criterionId ? (criteria.get(tb.criterionId) ?? tb.criterionId) : null,
        reason: tb.reason,
      })),
      fingerprint,
      sealedAt: seal.at,
      sealedBy: seal.by,
      appendix: {
        jurors: setup.jurors.map((j) => j.name),
        rows: result.ranking.map((r) => {
          const byJuror = new Map(r.breakdown.jurors.map((j) => [j.jurorId, j]));
          return {
            nominee: r.name,
            cells: setup.jurors.map((j) => {
              const b = byJuror.get(j.id);
              if (b?.status === 'conflict') return 'conflict' as const;
              return b?.status === 'counted' && b.total ? b.total : null;
            }),
          };
        }),
      },
    });
  }
  const signatures = new Map(listSignatures(award).map((s) => [s.jurorId, s.image]));
  const approvals = chosen.map(
    (c) => new Map(listApprovals(award, c.id).approvals.map((a) => [a.jurorId, a.approvedAt])),
  );
  const jurors: DecisionJuror[] = setup.jurors.map((j) => {
    const times = approvals.map((a) => a.get(j.id) ?? null);
    return {
      name: jurorNames.get(j.id) ?? j.id,
      title: j.title,
      role: j.role,
      signature: signatures.get(j.id) ?? null,
      approvedAt: times.every((x) => x !== null) ? (times.sort().at(-1) ?? null) : null,
    };
  });
  const { programme } = setup.award;
  const number = documentNumber(setup, options.categoryId, now);
  const def = decisionSheet(
    {
      language,
      documentNumber: number,
      award: {
        name: programme.name,
        organiser: programme.organiser,
        place: programme.decisionPlace || programme.place,
        date: programme.decisionDate ?? now.toISOString().slice(0, 10),
      },
      logo: logoOf(award, fonts),
      categories,
      wholeAward: options.categoryId === undefined,
      jurors,
    },
    t,
  );
  const claim: DocumentClaim = {
    format: 'juri-document/1',
    kind: 'decision',
    awardId: setup.award.id,
    award: programme.name,
    documentNumber: number,
    categories: categories.map((c) => ({ id: c.id, name: c.name, fingerprint: c.fingerprint })),
  };
  const title = `${t('decision.title', { ns: 'documents' })} — ${programme.name}`;
  def.info = {
    title,
    author: programme.organiser,
    subject: chosen.length === 1 ? (chosen[0]?.name ?? '') : t('decision.wholeAward', { ns: 'documents' }),
    keywords: `Juri; ${number}`,
    creator: 'Juri',
    producer: 'Juri (pdfmake)',
    [CLAIM_KEY]: encodeClaim(claim),
  };
  const slug = options.categoryId ?? 'semua-kategori';
  const fileName = `berita-acara-${slug}.pdf`.replace(/[^A-Za-z0-9._-]+/g, '-');
  return { def, claim, fileName, setup };
}

/** Everything a signed sheet needs, read from the award file: the definition and the unlocked key. */
export interface DecisionRead {
  def: DocDefinition;
  claim: DocumentClaim;
  fileName: string;
  p12: Buffer;
  signature: SignatureInfo;
}

/**
 * Reads a decision sheet from the award file: unlocks the committee key first (a wrong passphrase
 * fails before any work), then checks the seals and builds the definition. `fonts` is the folder
 * of the bundled fonts; the default logo sits beside it.
 */
export async function readDecision(
  award: AwardDb,
  passphrase: string,
  options: DecisionOptions = {},
  now = new Date(),
  fonts = fontsDir(),
): Promise<DecisionRead> {
  const p12 = unlockCommitteeKey(award, passphrase);
  const { def, claim, fileName, setup } = await decisionDefinition(award, options, now, fonts);
  const t = translatorFor(options.language ?? 'id').t;
  const { programme } = setup.award;
  const signature: SignatureInfo = {
    name: `Dewan Juri ${programme.name}`,
    reason: `${t('decision.signatureReason', { ns: 'documents' })} ${claim.documentNumber}`,
    location: programme.decisionPlace || programme.place,
    contactInfo: programme.organiser,
    signingTime: now,
  };
  return { def, claim, fileName, p12, signature };
}

/** Lays out, renders and signs what `readDecision` read (the heavy part: seconds at national scale). */
export async function renderDecision(read: DecisionRead, fonts?: FontSet): Promise<Buffer> {
  return renderSignedPdf(read.def, read.p12, read.signature, fonts);
}

/** The same sheet made on the calling thread, blocking it throughout (the bench and tests compare). */
export async function decisionPdfHere(
  award: AwardDb,
  passphrase: string,
  options: DecisionOptions = {},
  now = new Date(),
  fonts?: FontSet,
): Promise<{ fileName: string; bytes: Buffer; claim: DocumentClaim }> {
  const read = await readDecision(award, passphrase, options, now);
  return { fileName: read.fileName, bytes: await renderDecision(read, fonts), claim: read.claim };
}

/**
 * The signed decision sheet, made in a worker thread so the calling thread (Electron's main
 * process, the web host) keeps answering while it is read, laid out and signed. The worker reads
 * the award's file by its path; errors come back as the same UserErrors (wrong passphrase first,
 * then unsealed or changed categories), and the PDF's bytes are moved, not copied.
 */
export async function decisionPdf(
  award: AwardDb,
  passphrase: string,
  options: DecisionOptions = {},
  now = new Date(),
): Promise<{ fileName: string; bytes: Buffer; claim: DocumentClaim }> {
  const job = { path: award.path, passphrase, options, now: now.toISOString(), fonts: fontsDir() };
  const { fileName, claim, bytes } = await runDecisionJob(job);
  return { fileName, claim, bytes: Buffer.from(bytes) };
}
