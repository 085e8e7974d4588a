import { basename, resolve } from 'node:path';
import type { Conflict, MergeReport } from '../../../shared/merge/merge.schema';
import { UserError } from '../../../shared/user-error';
import type { CliContext } from '../context';
import { existingFilePath, newFilePath } from '../paths';
import type { Program } from '../program';

/**
 * Committee files: `juri distribute`, `juri export-merge`, `juri merge` (and `--undo`),
 * `juri conflicts` and `juri resolve`, through the same services as the app's merge screen.
 */
export function registerMergeCommands(program: Program, ctx: CliContext): void {
  const { t, out } = ctx;

  program
    .command('distribute')
    .description(t('distributeDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--out <dir>', t('optOutDir'))
    .option('--json', t('optJson'))
    .action(async (file, options) => {
      const [{ distribute }, { withAwardFile }] = await Promise.all([
        import('../../services/merge/distribute.service'),
        import('../award-file'),
      ]);
      const made = await withAwardFile(resolve(file), (award) => distribute(award, resolve(options.out)));
      if (options.json) return out.json(made);
      for (const f of made) out.line(t('distributed', { juror: f.jurorName, id: f.jurorId, path: f.path }));
    });

  program
    .command('export-merge')
    .description(t('exportMergeDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--out <out>', t('optOutMerge'))
    .option('--json', t('optJson'))
    .action(async (file, options) => {
      const [{ exportForMerge }, { withAwardFile }] = await Promise.all([
        import('../../services/merge/export.service'),
        import('../award-file'),
      ]);
      const target = newFilePath(ctx, options.out);
      const manifest = await withAwardFile(resolve(file), (award) => exportForMerge(award, target));
      if (options.json) return out.json({ path: target, manifest });
      out.line(t('exportedForMerge', { path: target, events: manifest.eventCount }));
    });

  program
    .command('merge')
    .description(t('mergeDescription'))
    .argument('<target>', t('argMergeTarget'))
    .argument('[sources...]', t('argMergeSources'))
    .option('--undo', t('optUndo'))
    .option('--json', t('optJson'))
    .action(async (target, sources, options) => {
      const [{ mergeFiles, undoLastMerge }, { withAwardFile }] = await Promise.all([
        import('../../services/merge/merge.service'),
        import('../award-file'),
      ]);
      const targetPath = resolve(target);
      if (options.undo) {
        if (sources.length > 0) throw new UserError('invalid_input', t('undoTakesNoSources'));
        // Opening first checks it is an award file (and runs pending migrations) before anything is restored.
        await withAwardFile(targetPath, () => undefined);
        const undone = await undoLastMerge(targetPath);
        if (options.json) return out.json(undone);
        return out.line(t('mergeUndone', { path: undone.restoredFrom }));
      }
      if (sources.length === 0) throw new UserError('invalid_input', t('mergeNeedsSources'));
      const list = sources.map((s) => {
        const path = existingFilePath(s);
        return { fileName: basename(path), path };
      });
      const report = await withAwardFile(targetPath, (award) => mergeFiles(award, list, { i18n: ctx.i18n }));
      if (options.json) out.json(report);
      else printReport(ctx, report);
      const refused = report.sources.filter((s) => !s.accepted);
      if (refused.length > 0) {
        throw new UserError(
          'invalid_input',
          t('mergeRefused', { count: refused.length, files: refused.map((s) => s.fileName).join(', ') }),
        );
      }
    });

  program
    .command('conflicts')
    .description(t('conflictsDescription'))
    .argument('<file>', t('argFile'))
    .option('--json', t('optJson'))
    .action(async (file, options) => {
      const [{ listConflicts }, { withAwardFile }] = await Promise.all([
        import('../../services/merge/conflicts'),
        import('../award-file'),
      ]);
      const conflicts = await withAwardFile(resolve(file), (award) => listConflicts(award.sqlite));
      if (options.json) return out.json(conflicts);
      printConflicts(ctx, conflicts);
    });

  program
    .command('resolve')
    .description(t('resolveDescription'))
    .argument('<file>', t('argFile'))
    .argument('<conflict>', t('argConflict'))
    .option('--value <value>', t('optResolveValue'))
    .requiredOption('--reason <text>', t('optResolveReason'))
    .option('--json', t('optJson'))
    .action(async (file, conflictId, options) => {
      const [{ resolveConflict }, { withAwardFile }] = await Promise.all([
        import('../../services/merge/resolve.service'),
        import('../award-file'),
      ]);
      const value = options.value === undefined ? null : Number(options.value.replace(',', '.'));
      if (value !== null && !Number.isFinite(value)) throw new UserError('invalid_input', 'errors.number');
      const decided = await withAwardFile(resolve(file), (award) =>
        resolveConflict(award, null, { conflictId, value, reason: options.reason.trim() }),
      );
      if (options.json) return out.json(decided);
      out.line(t('conflictResolved', { id: decided.id }));
    });
}

function printReport(ctx: CliContext, report: MergeReport): void {
  const { t, out } = ctx;
  for (const s of report.sources) {
    if (!s.accepted) {
      out.line(t('mergeSourceRefused', { file: s.fileName, reason: s.refusal?.message ?? '' }));
      continue;
    }
    out.line(t('mergeSourceAccepted', { file: s.fileName, added: s.added, duplicates: s.duplicates }));
    out.line(`    ${t('mergeSeen', { devices: s.devices.join(', ') || '–', jurors: s.jurors.join(', ') || '–' })}`);
    if (s.enrolled) out.line(`    ${t('mergeEnrolled', { device: s.deviceId ?? '' })}`);
  }
  if (report.backupPath) out.line(t('mergeBackup', { path: report.backupPath }));
  printConflicts(ctx, report.conflicts);
}

function printConflicts(ctx: CliContext, conflicts: Conflict[]): void {
  const { t, out } = ctx;
  const open = conflicts.filter((c) => !c.resolved);
  out.line(t('conflictCount', { open: open.length, resolved: conflicts.length - open.length }));
  for (const c of open) {
    const where = [c.jurorId, c.categoryId, c.nomineeId, c.criterionId].filter(Boolean).join(' / ');
    const values = c.versions.map((v) => `${v.value ?? '–'} (${v.deviceId.slice(0, 8)})`).join(', ');
    out.line(`  ${c.id}  ${t(`conflictKind_${c.kind}`)}: ${where}  ${values}`);
  }
}
