import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
import type { CertificateCheck } from '../../../shared/certificates/certificate.schema';
import { UserError } from '../../../shared/user-error';
import { existingFilePath } from '../paths';
import type { CliContext } from '../context';

function outDir(path: string): string {
  const dir = resolve(path);
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new UserError('invalid_input', 'errors.certificate.outNotDirectory', { path: dir });
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Adds `certificates`, `xlsx` and `csv` under `juri export` (the `export` command itself is made in
 * documents.command.ts, which calls this), and `juri verify-certificate` beside `juri verify`.
 */
export function registerCertificateExports(exportCommand: Command, ctx: CliContext): void {
  const { t, out } = ctx;
  exportCommand
    .command('certificates')
    .description(t('exportCertificatesDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--out <dir>', t('optOutDir'))
    .option('--category <id>', t('optCategoryCertificates'))
    .action(async (file, options) => {
      const [{ certificateBatchFor }, { exportCertificatesInWorker }, { certificateSigning }, { withAwardFile }] =
        await Promise.all([
          import('../../services/certificates/certificate-data'),
          import('../../services/certificates/certificate-batch'),
          import('../../services/certificates/certificate-signing'),
          import('../award-file'),
        ]);
      const dir = outDir(options.out);
      // With JURI_PASSPHRASE set, every PDF is signed with the committee certificate (pdfsig checks it).
      const passphrase = process.env.JURI_PASSPHRASE;
      const { batch, signing } = await withAwardFile(resolve(file), async (award) => ({
        signing: passphrase ? await certificateSigning(award, passphrase, ctx.language) : undefined,
        batch: await certificateBatchFor(award, options.category),
      }));
      const handle = exportCertificatesInWorker(batch, dir, {
        onProgress: ({ done, total }) => out.note(t('certificatesProgress', { done, total })),
        ...(signing ? { signing } : {}),
      });
      const cancel = () => handle.cancel();
      process.once('SIGINT', cancel);
      const result = await handle.result.finally(() => process.off('SIGINT', cancel));
      out.line(t('certificatesWritten', { count: result.files.length, dir, combined: result.combined ?? '–' }));
      out.note(t(signing ? 'certificatesSigned' : 'certificatesUnsigned'));
    });

  exportCommand
    .command('xlsx')
    .description(t('exportXlsxDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--out <xlsx>', t('optOutXlsx'))
    .action(async (file, options) => {
      const [{ resultsWorkbook }, { withAwardFile }] = await Promise.all([
        import('../../services/certificates/results-export'),
        import('../award-file'),
      ]);
      const bytes = await withAwardFile(resolve(file), (award) => resultsWorkbook(award, ctx.language));
      const target = resolve(options.out);
      writeFileSync(target, bytes);
      out.line(t('xlsxWritten', { path: target }));
    });

  exportCommand
    .command('csv')
    .description(t('exportCsvDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--out <dir>', t('optOutDir'))
    .action(async (file, options) => {
      const [{ resultsCsv }, { withAwardFile }] = await Promise.all([
        import('../../services/certificates/results-export'),
        import('../award-file'),
      ]);
      const dir = outDir(options.out);
      const files = await withAwardFile(resolve(file), (award) => resultsCsv(award, ctx.language));
      for (const f of files) writeFileSync(join(dir, f.fileName), f.text);
      out.line(t('csvWritten', { count: files.length, dir }));
    });

  // `juri verify` (documents) checks signed PDFs; a certificate's proof is its QR code instead.
  exportCommand.parent
    ?.command('verify-certificate')
    .description(t('verifyCertificateDescription'))
    .argument('<payload>', t('argPayload'))
    .option('--award <file>', t('optAwardCertificate'))
    .option('--json', t('optJson'))
    .action(async (payload: string, options: { award?: string; json?: boolean }) => {
      const [{ verifyCertificatePayload }, { withAwardFile }] = await Promise.all([
        import('../../services/certificates/certificate-data'),
        import('../award-file'),
      ]);
      const text = /\.png$/i.test(payload) ? await qrOfPng(resolve(payload)) : payload;
      const check = options.award
        ? await withAwardFile(resolve(options.award), (award) => verifyCertificatePayload(text, award))
        : await verifyCertificatePayload(text);
      if (options.json) out.json(check);
      else printCheck(ctx, check);
      if (!check.valid) throw new UserError('invalid_input', check.problem ?? 'errors.certificate.signatureInvalid');
    });
}

async function qrOfPng(path: string): Promise<string> {
  const [{ decodeToGreyAlpha }, { default: jsQR }] = await Promise.all([
    import('../../services/certificates/png'),
    import('jsqr'),
  ]);
  const decoded = decodeToGreyAlpha(readFileSync(existingFilePath(path)));
  if (!decoded) throw new UserError('invalid_input', 'errors.certificate.qrNotFound', { path });
  const { width, height, pixels } = decoded;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = pixels[i * 2]!;
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = v;
    rgba[i * 4 + 3] = 255;
  }
  const found = jsQR(rgba, width, height)?.data;
  if (!found) throw new UserError('invalid_input', 'errors.certificate.qrNotFound', { path });
  return found;
}

function printCheck(ctx: CliContext, check: CertificateCheck): void {
  const { t, out } = ctx;
  out.line(check.valid ? t('certificateValid') : t('certificateInvalid'));
  const { claim } = check;
  if (claim) {
    out.line(`  ${t('certificateAward', { id: claim.a })}`);
    out.line(
      `  ${t('certificateCategory', { category: check.award?.category ? `${check.award.category} (${claim.c})` : claim.c })}`,
    );
    out.line(
      `  ${t('certificateNominee', { nominee: check.award?.nominee ? `${check.award.nominee} (${claim.n})` : claim.n })}`,
    );
    out.line(`  ${t('certificateTitle', { title: claim.t, rank: claim.r })}`);
    out.line(`  ${t('certificateDate', { date: claim.d || '–' })}`);
  }
  if (check.keyId) out.line(`  ${t('certificateKey', { key: check.keyId })}`);
  if (check.award) {
    const answer = check.award.matchesResults ? t('certificateYes') : t('certificateNo');
    out.line(`  ${t('certificateMatches', { answer })}`);
  } else if (check.signatureValid) out.line(`  ${t('certificateNoFile')}`);
}
