import { writeFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../../shared/user-error';
import { existingFilePath } from '../paths';
import type { VerifyReport } from '../../../shared/documents/document.schema';
import type { AwardDb } from '../../db/open-award-db';
import type { CliContext } from '../context';
import type { Program } from '../program';
import { registerCertificateExports } from './certificates.command';

/** The committee passphrase comes from the environment only: never from argv, where `ps` shows it. */
function passphrase(): string {
  const value = process.env['JURI_PASSPHRASE'];
  if (!value) throw new UserError('invalid_input', 'errors.document.passphraseMissing');
  return value;
}

/**
 * `juri export decision`, `juri verify`, `juri finalise`, `juri reopen-category` and
 * `juri committee-cert`; `juri export` also carries the certificate and XLSX exports.
 */
export function registerDocumentsCommands(program: Program, ctx: CliContext): void {
  const { t, out } = ctx;
  const exportCommand = program.command('export').description(t('exportDescription'));
  exportCommand
    .command('decision')
    .description(t('exportDecisionDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--out <pdf>', t('optOutPdf'))
    .option('--category <id>', t('optCategoryDecision'))
    .action(async (file, options) => {
      const secret = passphrase();
      const [{ decisionPdf }, { withAwardFile }] = await Promise.all([
        import('../../services/documents/decision.service'),
        import('../award-file'),
      ]);
      const target = resolve(options.out);
      const { bytes, claim } = await withAwardFile(resolve(file), (award) =>
        decisionPdf(award, secret, {
          ...(options.category ? { categoryId: options.category } : {}),
          language: ctx.language,
        }),
      );
      writeFileSync(target, bytes);
      out.note(t('decisionWritten', { number: claim.documentNumber, path: target }));
    });
  registerCertificateExports(exportCommand, ctx);

  program
    .command('verify')
    .description(t('verifyDescription'))
    .argument('<pdf>', t('argPdf'))
    .option('--award <file>', t('optAwardVerify'))
    .option('--json', t('optJson'))
    .action(async (pdfPath, options) => {
      const [{ verifyPdf }, { withAwardFile }] = await Promise.all([
        import('../../services/documents/verify.service'),
        import('../award-file'),
      ]);
      const bytes = readFileSync(existingFilePath(pdfPath));
      const tr = ctx.i18n.t;
      const report = options.award
        ? await withAwardFile(resolve(options.award), (award) => verifyPdf(bytes, award, tr))
        : verifyPdf(bytes, null, tr);
      if (options.json) out.json(report);
      else printReport(ctx, report);
      if (!report.valid || report.categories.some((c) => c.matches === false)) {
        throw new UserError('invalid_input', 'errors.document.documentInvalid');
      }
    });

  program
    .command('finalise')
    .description(t('finaliseDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--category <id>', t('optCategoryRequired'))
    .option('--as <jurorId>', t('optActor'))
    .action(async (file, options) => {
      const [{ finaliseCategory }, { withAwardFile }] = await Promise.all([
        import('../../services/documents/seal.service'),
        import('../award-file'),
      ]);
      const seal = await withAwardFile(resolve(file), (award) =>
        finaliseCategory(award, options.as ?? chairOf(award), options.category),
      );
      out.line(t('finalised', { category: seal.name, fingerprint: seal.fingerprint ?? '' }));
    });

  program
    .command('reopen-category')
    .description(t('reopenSealDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--category <id>', t('optCategoryRequired'))
    .requiredOption('--reason <text>', t('optReason'))
    .option('--as <jurorId>', t('optActor'))
    .action(async (file, options) => {
      const [{ reopenCategory }, { withAwardFile }] = await Promise.all([
        import('../../services/documents/seal.service'),
        import('../award-file'),
      ]);
      const seal = await withAwardFile(resolve(file), (award) =>
        reopenCategory(award, options.as ?? chairOf(award), options.category, options.reason),
      );
      out.line(t('reopened', { category: seal.name }));
    });

  program
    .command('committee-cert')
    .description(t('committeeCertDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--out <cer>', t('optOutCer'))
    .action(async (file, options) => {
      const [keys, { withAwardFile }] = await Promise.all([
        import('../../services/documents/committee-key'),
        import('../award-file'),
      ]);
      const target = resolve(options.out);
      const cert = await withAwardFile(resolve(file), (award) => {
        if (!keys.committeeCertificate(award)) {
          keys.createCommitteeKey(award, passphrase());
          out.note(t('certCreated'));
        }
        writeFileSync(target, keys.committeeCertificateDer(award));
        return keys.committeeCertificate(award);
      });
      out.note(t('certWritten', { subject: cert?.subject ?? '', path: target, fingerprint: cert?.fingerprint ?? '' }));
    });
}

/** The first ketua of the award: the CLI acts for the chair where the app would ask them to sign in. */
function chairOf(award: AwardDb): string {
  const row = award.sqlite
    .prepare<[], { id: string }>("SELECT id FROM juror WHERE role = 'ketua' ORDER BY position_no LIMIT 1")
    .get();
  if (!row) throw new UserError('forbidden', 'errors.chairOnly');
  return row.id;
}

function printReport(ctx: CliContext, report: VerifyReport): void {
  const { t, out } = ctx;
  out.line(t('verifyResult', { verdict: report.valid ? t('verifyValid') : t('verifyInvalid') }));
  report.signatures.forEach((s, i) => {
    const signer = s.committee ? `${s.signer ?? '?'} (${t('verifyCommittee')})` : (s.signer ?? '?');
    out.line(
      `  ${t('verifySignature', {
        n: i + 1,
        state: s.valid ? t('verifySignatureOk') : t('verifySignatureBad'),
        signer,
        time: s.signingTime ?? '?',
      })}`,
    );
    if (s.certificateFingerprint) out.line(`    SHA-256 ${s.certificateFingerprint}`);
  });
  if (report.claim)
    out.line(`  ${t('verifyAward', { award: report.claim.award, number: report.claim.documentNumber })}`);
  for (const c of report.categories) {
    const state = c.matches === null ? t('verifyUnchecked') : c.matches ? t('verifyMatches') : t('verifyDiffers');
    out.line(`  ${t('verifyCategory', { name: c.name, state })}`);
    out.line(`    ${c.fingerprint}`);
  }
  for (const problem of report.problems) out.line(`  ! ${problem}`);
}
