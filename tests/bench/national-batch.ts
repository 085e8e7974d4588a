import { generateKeyPairSync } from 'node:crypto';
import type { CertificateBatchInput } from '../../electron/services/certificates/certificate-data';
import { signClaim, type CertificateKey } from '../../electron/services/certificates/certificate-key';
import { demoSignaturePng } from '../../electron/services/certificates/demo-signatures';
import { printableSignature } from '../../electron/services/certificates/signature-image';
import { listProvinces } from '../../electron/services/regions.service';

// The certificate batch both the benchmark and its export child use (a module of its own, so the
// child's bundle holds no benchmark code).

function benchKey(): CertificateKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicRaw: String(publicKey.export({ format: 'jwk' }).x),
  };
}

/**
 * The national scale: one certificate for each of the 514 kabupaten/kota, two signatories (one
 * drawn). A count above 514 goes round the list again (the memory figure at 1,028).
 */
export function nationalBatch(count: number): CertificateBatchInput {
  const key = benchKey();
  const regencies = listProvinces().flatMap((p) => p.regencies);
  const signature = printableSignature(
    `data:image/png;base64,${demoSignaturePng('Prof. Dr. Siti Rahmawati, M.Pd.').toString('base64')}`,
  );
  const items = Array.from({ length: count }, (_, i) => regencies[i % regencies.length]!).map((r, i) => {
    const title = `Terbaik ${i + 1}`;
    const payload = signClaim(
      {
        a: '6f1c2b9e-3d4a-4c1b-9a77-2f0f7d1e5a10',
        c: 'nasional',
        n: `wil-${r.code}`,
        r: i + 1,
        t: title,
        d: '2024-11-27',
      },
      key,
    );
    return {
      nominee: r.name,
      title,
      category: 'Pemda paling optimal dalam pemanfaatan akun belajar',
      date: '2024-11-27',
      place: 'Jakarta',
      payload,
      fileName: `nasional_${i + 1}.pdf`,
    };
  });
  return {
    frame: {
      organiser: 'Kementerian Pendidikan Dasar dan Menengah',
      programme: 'Apresiasi Program Prioritas 2024',
      signatories: [
        { name: 'Dr. Hendra Wijaya, M.Pd.', title: 'Kepala Badan', position: 'Penanggung Jawab', signature: null },
        {
          name: 'Prof. Dr. Siti Rahmawati, M.Pd.',
          title: 'Universitas Mulawarman',
          position: 'Ketua Dewan Juri',
          signature: 'signature-1',
        },
      ],
      logo: null,
      background: null,
      keyId: '0123456789abcdef',
      images: { 'signature-1': signature },
    },
    items,
    combinedName: 'piagam-nasional-cetak.pdf',
  };
}
