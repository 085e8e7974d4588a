import {
  createHash,
  createPrivateKey,
  sign,
  verify as verifySignature,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import forge from 'node-forge';

/** One signature found in a PDF: its byte range and what its PKCS#7 says about those bytes. */
export interface PdfSignature {
  byteRange: [number, number, number, number];
  /** Where the signature dictionary's byte range starts (the signed revision ends near here). */
  position: number;
  valid: boolean;
  coversWholeFile: boolean;
  signer: string | null;
  signingTime: Date | null;
  certificate: X509Certificate | null;
  /** An i18n key under `documents:decision.verify.*` when not valid. */
  problem: string | null;
}

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
};
const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '1.3.14.3.2.26': 'sha1',
};

const { Class, Type } = forge.asn1;
const isContext = (node: forge.asn1.Asn1, type: number) =>
  node.tagClass === Class.CONTEXT_SPECIFIC && (node.type as number) === type;
const children = (node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] =>
  node && Array.isArray(node.value) ? node.value : [];
const bytesOf = (node: forge.asn1.Asn1 | undefined): string =>
  node && typeof node.value === 'string' ? node.value : '';

/** Every signature of a PDF, each checked against the bytes its /ByteRange names. */
export function readPdfSignatures(pdf: Buffer): PdfSignature[] {
  const text = pdf.toString('latin1');
  const out: PdfSignature[] = [];
  const re = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const range = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as [number, number, number, number];
    out.push(checkOne(pdf, text, range, m.index));
  }
  return out;
}

function failed(
  range: PdfSignature['byteRange'],
  position: number,
  problem: string,
  extra: Partial<PdfSignature> = {},
): PdfSignature {
  return {
    byteRange: range,
    position,
    valid: false,
    coversWholeFile: false,
    signer: null,
    signingTime: null,
    certificate: null,
    problem,
    ...extra,
  };
}

function checkOne(pdf: Buffer, text: string, range: PdfSignature['byteRange'], position: number): PdfSignature {
  const [a, b, c, d] = range;
  if (a !== 0 || b >= c || c + d > pdf.length) return failed(range, position, 'badRange');
  const contents = text.slice(b, c);
  if (!/^<[0-9a-fA-F]*>$/.test(contents)) return failed(range, position, 'badRange');
  const signed = Buffer.concat([pdf.subarray(0, b), pdf.subarray(c, c + d)]);
  const coversWholeFile = c + d === pdf.length;
  let parsed: ReturnType<typeof parsePkcs7>;
  try {
    parsed = parsePkcs7(Buffer.from(contents.slice(1, -1), 'hex'));
  } catch {
    return failed(range, position, 'unreadable', { coversWholeFile });
  }
  const { certificate, digest, messageDigest, signedAttributes, signature, signingTime } = parsed;
  const base = {
    coversWholeFile,
    certificate,
    signingTime,
    signer: certificate ? commonName(certificate) : null,
  };
  if (!certificate) return failed(range, position, 'noCertificate', base);
  if (!createHash(digest).update(signed).digest().equals(messageDigest)) {
    return failed(range, position, 'changed', base);
  }
  if (!verifySignature(digest, signedAttributes, certificate.publicKey, signature)) {
    return failed(range, position, 'badSignature', base);
  }
  return { byteRange: range, position, valid: true, problem: null, ...base };
}

const commonName = (cert: X509Certificate) => /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? cert.subject;

/** The parts of a detached PKCS#7 (SignedData with signed attributes) a verifier needs. */
function parsePkcs7(der: Buffer) {
  // The /Contents placeholder is zero-padded after the DER; forge's types lack the option to allow that.
  const fromDer = forge.asn1.fromDer as unknown as (
    bytes: forge.util.ByteStringBuffer,
    options: object,
  ) => forge.asn1.Asn1;
  const root = fromDer(forge.util.createBuffer(der.toString('binary')), { parseAllBytes: false });
  const [oid, wrapped] = children(root);
  if (!oid || forge.asn1.derToOid(bytesOf(oid)) !== OID.signedData) throw new Error('not SignedData');
  const signedData = children(wrapped)[0];
  const parts = children(signedData);
  const certs = parts.find((p) => isContext(p, 0));
  const signerInfos = parts[parts.length - 1];
  const signerInfo = children(signerInfos)[0];
  if (!signerInfo) throw new Error('no signer');
  const fields = children(signerInfo);
  const serial = forge.util.createBuffer(bytesOf(children(fields[1])[1])).toHex();
  const digestOid = forge.asn1.derToOid(bytesOf(children(fields[2])[0]));
  const digest = DIGESTS[digestOid];
  if (!digest) throw new Error(`digest ${digestOid}`);
  const attrs = fields.find((f) => isContext(f, 0));
  if (!attrs) throw new Error('no signed attributes');
  const signatureNode = fields.find((f) => f.tagClass === Class.UNIVERSAL && f.type === Type.OCTETSTRING);
  let messageDigest = Buffer.alloc(0);
  let signingTime: Date | null = null;
  for (const attr of children(attrs)) {
    const [type, values] = children(attr);
    const attrOid = forge.asn1.derToOid(bytesOf(type));
    const value = children(values)[0];
    if (attrOid === OID.messageDigest) messageDigest = Buffer.from(bytesOf(value), 'binary');
    if (attrOid === OID.signingTime && value) {
      signingTime =
        value.type === Type.UTCTIME
          ? forge.asn1.utcTimeToDate(bytesOf(value))
          : forge.asn1.generalizedTimeToDate(bytesOf(value));
    }
  }
  // The signature covers the signed attributes encoded as a SET, not as the [0] they are stored as.
  const signedAttributes = Buffer.from(
    forge.asn1.toDer(forge.asn1.create(Class.UNIVERSAL, Type.SET, true, children(attrs))).getBytes(),
    'binary',
  );
  const candidates = children(certs).map((node) => {
    const x509 = new X509Certificate(Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary'));
    return x509;
  });
  const certificate =
    candidates.find(
      (x) => x.serialNumber.toLowerCase().replace(/^0+/, '') === serial.toLowerCase().replace(/^0+/, ''),
    ) ??
    candidates[0] ??
    null;
  return {
    certificate,
    digest,
    messageDigest,
    signedAttributes,
    signature: Buffer.from(bytesOf(signatureNode), 'binary'),
    signingTime,
  };
}

/** A committee key opened once: the private key for node:crypto and the certificate as signed. */
export interface SigningKey {
  key: KeyObject;
  /** The certificate, issuer name and serial number, as forge's PKCS#7 encoder writes them. */
  certificate: forge.asn1.Asn1;
  issuer: forge.asn1.Asn1;
  serial: forge.asn1.Asn1;
}

const SIGNER_OID = {
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
};

const KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';

/**
 * Opens a PKCS#12 (empty password) once: forge reads the bags, node:crypto gets the key. The
 * certificate is the one whose public key matches the private key, as @signpdf/signer-p12 picks it.
 */
export function signingKeyFromP12(p12: Buffer): SigningKey {
  const bundle = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary'))),
    false,
    '',
  );
  const bagsOf = (type: string): forge.pkcs12.Bag[] => bundle.getBags({ bagType: type })[type] ?? [];
  const privateKey = bagsOf(KEY_BAG)[0]?.key;
  if (!privateKey) throw new Error('PKCS#12 without a private key');
  const cert = bagsOf(CERT_BAG)
    .map((bag) => bag.cert)
    .find((c): c is forge.pki.Certificate => {
      const pub = c?.publicKey as forge.pki.rsa.PublicKey | undefined;
      return !!pub && privateKey.n.compareTo(pub.n) === 0 && privateKey.e.compareTo(pub.e) === 0;
    });
  if (!cert) throw new Error('PKCS#12 without the certificate of its key');
  const certificate = forge.pki.certificateToAsn1(cert);
  const tbs = children(children(certificate)[0]);
  // tbsCertificate: [0] version, serialNumber, signature, issuer, ...
  const at = tbs[0] && isContext(tbs[0], 0) ? 1 : 0;
  return {
    key: createPrivateKey(forge.pki.privateKeyToPem(privateKey)),
    certificate,
    issuer: tbs[at + 2]!,
    serial: tbs[at]!,
  };
}

const seq = (...value: forge.asn1.Asn1[]) => forge.asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, value);
const set = (...value: forge.asn1.Asn1[]) => forge.asn1.create(Class.UNIVERSAL, Type.SET, true, value);
const oidNode = (oid: string) =>
  forge.asn1.create(Class.UNIVERSAL, Type.OID, false, forge.asn1.oidToDer(oid).getBytes());
const nullNode = () => forge.asn1.create(Class.UNIVERSAL, Type.NULL, false, '');
const octets = (bytes: Buffer) => forge.asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, bytes.toString('binary'));
const integer = (n: number) =>
  forge.asn1.create(Class.UNIVERSAL, Type.INTEGER, false, forge.asn1.integerToDer(n).getBytes());
const der = (node: forge.asn1.Asn1) => Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');

function signingTimeNode(date: Date): forge.asn1.Asn1 {
  // RFC 2985: UTCTime from 1950 through 2049, GeneralizedTime otherwise (as forge writes it).
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? forge.asn1.create(Class.UNIVERSAL, Type.UTCTIME, false, forge.asn1.dateToUtcTime(date))
    : forge.asn1.create(Class.UNIVERSAL, Type.GENERALIZEDTIME, false, forge.asn1.dateToGeneralizedTime(date));
}

/**
 * A detached PKCS#7 SignedData over `content` (adbe.pkcs7.detached): SHA-256, signed attributes
 * content type, signing time and message digest, RSA PKCS#1 v1.5 by node:crypto. The same DER,
 * byte for byte, as @signpdf/signer-p12 builds with forge, whose pure-JS hashing and RSA were
 * most of the cost of signing a PDF.
 */
export function detachedSignature(content: Buffer, signer: SigningKey, signingTime: Date): Buffer {
  return detachedSignatureOfDigest(createHash('sha256').update(content).digest(), signer, signingTime);
}

/** The same signature from the content's SHA-256, for content hashed as it streams from a file. */
export function detachedSignatureOfDigest(sha256: Buffer, signer: SigningKey, signingTime: Date): Buffer {
  const attributes = [
    seq(oidNode(SIGNER_OID.contentType), set(oidNode(SIGNER_OID.data))),
    seq(oidNode(OID.signingTime), set(signingTimeNode(signingTime))),
    seq(oidNode(OID.messageDigest), set(octets(sha256))),
  ];
  // The signature covers the attributes encoded as a SET; they are stored as [0] IMPLICIT.
  const signature = sign('sha256', der(set(...attributes)), signer.key);
  const digestAlgorithm = () => seq(oidNode(SIGNER_OID.sha256), nullNode());
  const signerInfo = seq(
    integer(1),
    seq(signer.issuer, signer.serial),
    digestAlgorithm(),
    forge.asn1.create(Class.CONTEXT_SPECIFIC, 0, true, attributes),
    seq(oidNode(SIGNER_OID.rsaEncryption), nullNode()),
    octets(signature),
  );
  const signedData = seq(
    integer(1),
    set(digestAlgorithm()),
    seq(oidNode(SIGNER_OID.data)),
    forge.asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [signer.certificate]),
    set(signerInfo),
  );
  return der(seq(oidNode(OID.signedData), forge.asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [signedData])));
}
