import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Option } from '@commander-js/extra-typings';
import type { BallotPreview } from '../../../shared/judging/ballot.schema';
import { UserError } from '../../../shared/user-error';
import type { CliContext } from '../context';
import { existingFilePath, newFilePath } from '../paths';
import type { Program } from '../program';

/**
 * `juri scores import FILE --juror ID SHEET` and `juri scores template FILE --juror ID --out X.xlsx`:
 * paper ballots, through the same services as the app's secretariat screen.
 */
export function registerScoresCommand(program: Program, ctx: CliContext): void {
  const { t, out } = ctx;
  const scores = program.command('scores').description(t('scoresDescription'));

  scores
    .command('import')
    .description(t('scoresImportDescription'))
    .argument('<file>', t('argFile'))
    .argument('<sheet>', t('argBallot'))
    .requiredOption('--juror <id>', t('optJuror'))
    .option('--dry-run', t('optDryRun'))
    .option('--json', t('optJson'))
    .action(async (file, sheet, options) => {
      const [{ previewBallotFile, importBallotFile }, { withAwardFile }] = await Promise.all([
        import('../../services/ballots/ballot-file.service'),
        import('../award-file'),
      ]);
      const path = existingFilePath(sheet);
      const bytes = new Uint8Array(readFileSync(path));
      const name = basename(path);
      const preview = await withAwardFile(resolve(file), async (award) => {
        const first = await previewBallotFile(award, options.juror, name, bytes, ctx.i18n);
        if (options.dryRun || first.problems.length > 0) return { preview: first, written: false };
        return { preview: await importBallotFile(award, options.juror, null, name, bytes, ctx.i18n), written: true };
      });
      report(ctx, preview.preview, preview.written, options.json === true);
      if (preview.preview.problems.length > 0) {
        throw new UserError('invalid_input', 'errors.ballotHasProblems', { count: preview.preview.problems.length });
      }
    });

  scores
    .command('template')
    .description(t('scoresTemplateDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--juror <id>', t('optJuror'))
    .requiredOption('--out <out>', t('optOutBallot'))
    .option('--category <id>', t('optCategory'))
    .addOption(new Option('--format <format>', t('optFormat')).choices(['xlsx', 'csv'] as const))
    .option('--force', t('optForce'))
    .action(async (file, options) => {
      const [{ ballotTemplateFile }, { withAwardFile }] = await Promise.all([
        import('../../services/ballots/ballot-file.service'),
        import('../award-file'),
      ]);
      const target = newFilePath(ctx, options.out);
      if (!options.force && existsSync(target))
        throw new UserError('file_exists', 'errors.fileExists', { path: target });
      const format = options.format ?? (target.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx');
      const download = await withAwardFile(resolve(file), (award) =>
        ballotTemplateFile(
          award,
          options.juror,
          options.category === undefined ? { format } : { categoryId: options.category, format },
          ctx.i18n,
        ),
      );
      writeFileSync(target, Buffer.from(download.base64, 'base64'), { flag: options.force ? 'w' : 'wx' });
      out.note(t('ballotTemplateWritten', { path: target }));
    });
}

function report(ctx: CliContext, preview: BallotPreview, written: boolean, json: boolean): void {
  const { t, out } = ctx;
  if (json) {
    out.json({ ...preview, written });
    return;
  }
  for (const p of preview.problems) out.note(`  ${p.message}`);
  if (preview.problems.length > 0) return;
  const counts = { cells: preview.cells.length, changes: preview.changes, juror: preview.juror.name };
  if (preview.changes === 0) out.line(t('ballotUnchanged', counts));
  else out.line(written ? t('ballotImported', counts) : t('ballotChecked', counts));
}
