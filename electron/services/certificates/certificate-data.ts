import type { CertificateCheck } from '../../../shared/certificates/certificate.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import { awardResults } from '../results/results.service';
import { readSetup } from '../setup.service';
import type { CertificateData, CertificateFrame } from './certificate';
import { certificateKey, keyIdOf, openPayload, signClaim, storedPublicKey } from './certificate-key';
import { printableSignature } from './signature-image';
import { listSignatures } from './signature.service';
import { pngProblem } from './png';

/** Everything a batch needs, read from the award file up front: workers get plain data, no database. */
export interface CertificateBatchInput {
  frame: CertificateFrame;
  items: (CertificateData & { fileName: string })[];
  /** File name of the combined print file. */
  combinedName: string;
}

const LOGO_KEY = 'certificate_logo';
const BACKGROUND_KEY = 'certificate_background';

/** The user's logo and background for certificates (data URLs in the meta table), or null. */
export function certificateImages(award: AwardDb): { logo: string | null; background: string | null } {
  const read = award.sqlite.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  return { logo: read.get(LOGO_KEY)?.value ?? null, background: read.get(BACKGROUND_KEY)?.value ?? null };
}

/** Sets (or with null removes) the certificates' logo or background image (PNG or JPEG data URL). */
export function setCertificateImage(award: AwardDb, kind: 'logo' | 'background', dataUrl: string | null): void {
  const key = kind === 'logo' ? LOGO_KEY : BACKGROUND_KEY;
  if (dataUrl !== null) {
    const match = /^data:image\/(png|jpeg);base64,(.*)$/s.exec(dataUrl);
    const bytes = Buffer.from(match?.[2] ?? '', 'base64');
    const fine =
      match?.[1] === 'png' ? pngProblem(bytes) === null : bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]));
    if (!match || !fine) throw new UserError('invalid_input', 'errors.certificate.imageNotSupported');
  }
  if (dataUrl === null) award.sqlite.prepare('DELETE FROM meta WHERE key = ?').run(key);
  else
    award.sqlite
      .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO UPDATE SET value = excluded.value')
      .run(key, dataUrl);
}

const normalName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** A file-name-safe slug: "Kab. Kutai Kartanegara" → "kab-kutai-kartanegara". */
export const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'x';

export const rankTitle = (rank: number, title: string | null) => title ?? `Peringkat ${rank}`;

/**
 * The certificates of an award (or one category): one per winner of the current results, each
 * with its QR payload signed by the award's certificate key (made on first use).
 */
export async function certificateBatchFor(award: AwardDb, categoryId?: string): Promise<CertificateBatchInput> {
  const setup = await readSetup(award);
  const results = await awardResults(award, categoryId, { breakdown: false });
  const key = certificateKey(award.sqlite);
  const { programme } = setup.award;
  const images: Record<string, string> = {};
  const { logo, background } = certificateImages(award);
  if (logo) images['logo'] = logo;
  if (background) images['background'] = background;
  const drawn = new Map(
    listSignatures(award)
      .filter((s) => s.image)
      .map((s) => [normalName(s.name), s.image!]),
  );
  const signatories = setup.signatories.slice(0, 2).map((s, i) => {
    const image = drawn.get(normalName(s.name));
    if (image) images[`signature-${i}`] = printableSignature(image);
    return { name: s.name, title: s.title, position: s.position, signature: image ? `signature-${i}` : null };
  });
  const date = programme.decisionDate ?? programme.endDate ?? programme.startDate;
  const place = programme.decisionPlace || programme.place;
  const items = results.flatMap(({ result }) => {
    const names = new Map(result.ranking.map((r) => [r.nomineeId, r.name]));
    return result.winners.map((w) => {
      const title = rankTitle(w.rank, w.title);
      const nominee = names.get(w.nomineeId) ?? w.nomineeId;
      const payload = signClaim(
        { a: setup.award.id, c: result.categoryId, n: w.nomineeId, r: w.rank, t: title, d: date ?? '' },
        key,
      );
      return {
        nominee,
        title,
        category: result.name,
        date,
        place,
        payload,
        fileName: `${slug(result.categoryId)}_${w.rank}_${slug(nominee)}.pdf`,
      };
    });
  });
  if (items.length === 0) throw new UserError('conflict', 'errors.certificate.noWinners');
  return {
    frame: {
      organiser: programme.organiser,
      programme: programme.name,
      signatories,
      logo: logo ? 'logo' : null,
      background: background ? 'background' : null,
      keyId: keyIdOf(key.publicRaw),
      images,
    },
    items,
    combinedName: `piagam-${slug(categoryId ?? programme.name)}-cetak.pdf`,
  };
}

/**
 * Verifies a certificate's QR payload offline: its Ed25519 signature, and with the award file
 * also that it was signed with this award's key and that the nominee still holds that title.
 */
export async function verifyCertificatePayload(text: string, award?: AwardDb): Promise<CertificateCheck> {
  const { claim, signatureValid } = openPayload(text);
  const keyId = claim ? keyIdOf(claim.k) : null;
  if (!claim || !signatureValid) {
    return {
      signatureValid: false,
      claim,
      keyId,
      award: null,
      valid: false,
      problem: claim ? 'errors.certificate.signatureInvalid' : 'errors.certificate.payloadUnreadable',
    };
  }
  if (!award) return { signatureValid, claim, keyId, award: null, valid: true, problem: null };
  const setup = await readSetup(award);
  const sameKey = storedPublicKey(award.sqlite) === claim.k && setup.award.id === claim.a;
  const category = setup.categories.find((c) => c.id === claim.c);
  let matchesResults = false;
  let nominee: string | null = setup.nominees.find((n) => n.id === claim.n)?.name ?? null;
  if (sameKey && category) {
    const [first] = await awardResults(award, claim.c, { breakdown: false });
    const winner = first?.result.winners.find((w) => w.nomineeId === claim.n);
    nominee = first?.result.ranking.find((r) => r.nomineeId === claim.n)?.name ?? nominee;
    matchesResults =
      winner !== undefined && winner.rank === claim.r && rankTitle(winner.rank, winner.title) === claim.t;
  }
  const valid = sameKey && matchesResults;
  return {
    signatureValid,
    claim,
    keyId,
    award: { sameKey, matchesResults, category: category?.name ?? null, nominee },
    valid,
    problem: valid ? null : sameKey ? 'errors.certificate.resultsDiffer' : 'errors.certificate.otherAward',
  };
}
