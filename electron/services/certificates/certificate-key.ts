import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type Database from 'better-sqlite3';
import canonicalize from 'canonicalize';
import { CertificateClaimSchema, type CertificateClaim } from '../../../shared/certificates/certificate.schema';

const PUBLIC_KEY = 'cert_ed25519_public';
const PRIVATE_KEY = 'cert_ed25519_private';

/** The award's Ed25519 certificate key: the private key as PKCS#8 PEM, the public key raw, base64url. */
export interface CertificateKey {
  privatePem: string;
  publicRaw: string;
}

// An Ed25519 SPKI DER is this 12-byte header followed by the 32-byte key.
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const rawOfPublic = (pem: string) =>
  (createPublicKey(pem).export({ type: 'spki', format: 'der' }) as Buffer).subarray(SPKI_PREFIX.length);

const publicFromRaw = (raw: Buffer) =>
  createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });

/**
 * The award's certificate key, made once and kept in the award file's meta table. It signs only
 * certificate QR payloads, so unlike the committee key it is not under a passphrase: a batch of
 * certificates can be printed by the secretariat without the ketua.
 */
export function certificateKey(sqlite: Database.Database): CertificateKey {
  const read = sqlite.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const make = sqlite.transaction(() => {
    const existing = read.get(PRIVATE_KEY)?.value;
    if (existing) return existing;
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const insert = sqlite.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    insert.run(PRIVATE_KEY, privatePem);
    insert.run(
      PUBLIC_KEY,
      rawOfPublic(publicKey.export({ type: 'spki', format: 'pem' }).toString()).toString('base64url'),
    );
    return privatePem;
  });
  const privatePem = make.immediate();
  const publicRaw =
    read.get(PUBLIC_KEY)?.value ??
    rawOfPublic(createPublicKey(privatePem).export({ type: 'spki', format: 'pem' }).toString()).toString('base64url');
  return { privatePem, publicRaw };
}

/** The award's public certificate key if it has one (raw, base64url), without making one. */
export function storedPublicKey(sqlite: Database.Database): string | null {
  return (
    sqlite.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(PUBLIC_KEY)?.value ?? null
  );
}

/** A short, stable name of a public key: the first 16 hex digits of its SHA-256. */
export const keyIdOf = (publicRaw: string) =>
  createHash('sha256').update(Buffer.from(publicRaw, 'base64url')).digest('hex').slice(0, 16);

/** `base64url(canonical JSON of the claim) + "." + base64url(Ed25519 signature over that text)`. */
export function signClaim(claim: Omit<CertificateClaim, 'k'>, key: CertificateKey): string {
  const body = Buffer.from(canonicalize({ ...claim, k: key.publicRaw }) ?? '', 'utf8').toString('base64url');
  const signature = sign(null, Buffer.from(body, 'ascii'), createPrivateKey(key.privatePem)).toString('base64url');
  return `${body}.${signature}`;
}

/** Reads a payload and checks its signature against the key it carries. Never throws. */
export function openPayload(text: string): { claim: CertificateClaim | null; signatureValid: boolean } {
  const parts = text.trim().split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { claim: null, signatureValid: false };
  const [body, signature] = parts as [string, string];
  let claim: CertificateClaim;
  try {
    const parsed = CertificateClaimSchema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    if (!parsed.success) return { claim: null, signatureValid: false };
    claim = parsed.data;
  } catch {
    return { claim: null, signatureValid: false };
  }
  try {
    const raw = Buffer.from(claim.k, 'base64url');
    const sig = Buffer.from(signature, 'base64url');
    if (raw.length !== 32 || sig.length !== 64) return { claim, signatureValid: false };
    // The body must be exactly the canonical form: a re-encoded but equivalent claim is refused.
    const canonical = Buffer.from(canonicalize(claim) ?? '', 'utf8').toString('base64url');
    const valid = canonical === body && verify(null, Buffer.from(body, 'ascii'), publicFromRaw(raw), sig);
    return { claim, signatureValid: valid };
  } catch {
    return { claim, signatureValid: false };
  }
}
