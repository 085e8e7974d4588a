import { createPrivateKey, generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';

/** The committee certificate of an award file, without its key. */
export interface CommitteeCertificate {
  pem: string;
  /** SHA-256 of the DER certificate, hex upper case in pairs (`AB:CD:…`), as viewers show it. */
  fingerprint: string;
  subject: string;
  createdAt: string;
}

interface KeyRow {
  certificate: string;
  private_key: string;
  created_at: string;
}

const MIN_PASSPHRASE = 4;
const VALID_YEARS = 10;

const readRow = (award: AwardDb) =>
  award.sqlite.prepare<[], KeyRow>('SELECT certificate, private_key, created_at FROM committee_key WHERE id = 1').get();

function awardNames(award: AwardDb): { name: string; organiser: string } {
  const row = award.sqlite.prepare<[], { name: string; organiser: string }>('SELECT name, organiser FROM award').get();
  return { name: row?.name ?? 'Juri', organiser: row?.organiser ?? '' };
}

/** SHA-256 over the certificate's DER bytes, `AB:CD:…`. */
export const certificateFingerprint = (pem: string): string => new X509Certificate(pem).fingerprint256;

function describe(row: KeyRow): CommitteeCertificate {
  const cert = forge.pki.certificateFromPem(row.certificate);
  const subject = cert.subject.attributes.map((a) => `${a.shortName ?? a.name}=${String(a.value)}`).join(', ');
  return {
    pem: row.certificate,
    fingerprint: certificateFingerprint(row.certificate),
    subject,
    createdAt: row.created_at,
  };
}

/** The award's committee certificate, or null when none was created yet. */
export function committeeCertificate(award: AwardDb): CommitteeCertificate | null {
  const row = readRow(award);
  return row ? describe(row) : null;
}

/**
 * Creates the award's committee certificate: a self-signed X.509 (RSA 2048, SHA-256) with
 * CN = the award's name and O = its organiser, its private key kept as encrypted PKCS#8 under
 * `passphrase`. Refused when the award already has one (documents signed with it must stay checkable).
 */
export function createCommitteeKey(award: AwardDb, passphrase: string, now = new Date()): CommitteeCertificate {
  if (passphrase.length < MIN_PASSPHRASE) {
    throw new UserError('invalid_input', 'errors.document.passphraseTooShort', { min: MIN_PASSPHRASE });
  }
  if (readRow(award)) throw new UserError('conflict', 'errors.document.committeeKeyExists');
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const names = awardNames(award);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  // A positive serial in minimal DER: 16 random bytes, the first in 0x40–0x7f (high bit clear, so
  // no sign byte; never 0x00, so no leading zero a strict parser rejects as "illegal padding").
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x3f) | 0x40;
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime());
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + VALID_YEARS);
  const subject = [
    { name: 'commonName', value: names.name.slice(0, 64) },
    ...(names.organiser ? [{ name: 'organizationName', value: names.organiser.slice(0, 64) }] : []),
    { name: 'organizationalUnitName', value: 'Dewan Juri' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  const forgeKey = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  cert.sign(forgeKey, forge.md.sha256.create());
  const row: KeyRow = {
    certificate: forge.pki.certificateToPem(cert),
    private_key: privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }).toString(),
    created_at: now.toISOString(),
  };
  award.sqlite
    .prepare('INSERT INTO committee_key (id, certificate, private_key, created_at) VALUES (1, ?, ?, ?)')
    .run(row.certificate, row.private_key, row.created_at);
  return describe(row);
}

/**
 * Opens the committee key with its passphrase and returns a PKCS#12 (empty password) holding the
 * key and certificate, for the PDF signer. It lives only in memory.
 */
export function unlockCommitteeKey(award: AwardDb, passphrase: string): Buffer {
  const row = readRow(award);
  if (!row) throw new UserError('not_found', 'errors.document.noCommitteeKey');
  let pkcs8: string;
  try {
    pkcs8 = createPrivateKey({ key: row.private_key, format: 'pem', passphrase })
      .export({ type: 'pkcs8', format: 'pem' })
      .toString();
  } catch {
    throw new UserError('forbidden', 'errors.document.wrongPassphrase');
  }
  return p12Of(pkcs8, row.certificate);
}

/** A PKCS#12 bundle (empty password) of a PEM key and certificate. */
export function p12Of(keyPem: string, certPem: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(keyPem),
    [forge.pki.certificateFromPem(certPem)],
    '',
    { algorithm: '3des' },
  );
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** The committee certificate in DER, the `.cer` recipients import to trust the award's documents. */
export function committeeCertificateDer(award: AwardDb): Buffer {
  const row = readRow(award);
  if (!row) throw new UserError('not_found', 'errors.document.noCommitteeKey');
  return new X509Certificate(row.certificate).raw;
}
