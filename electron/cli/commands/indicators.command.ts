import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Option } from '@commander-js/extra-typings';
import { formatLocaleNumber } from '../../../shared/format/number';
import type { IndicatorList, IndicatorPreview } from '../../../shared/indicators/indicator.schema';
import { UserError } from '../../../shared/user-error';
import type { CliContext } from '../context';
import { existingFilePath, newFilePath } from '../paths';
import type { Program } from '../program';

/**
 * `juri indicators import FILE SHEET`, `juri indicators template FILE --category ID --out X` and
 * `juri indicators list FILE`: measured indicator values, through the same services as the app.
 */
export function registerIndicatorsCommands(program: Program, ctx: CliContext): void {
  const { t, out } = ctx;
  const indicators = program.command('indicators').description(t('indicatorsDescription'));

  indicators
    .command('import')
    .description(t('indicatorsImportDescription'))
    .argument('<file>', t('argFile'))
    .argument('<sheet>', t('argIndicatorSheet'))
    .option('--category <id>', t('optIndicatorCategory'))
    .option('--sheet-name <name>', t('optSheetName'))
    .option('--dry-run', t('optDryRun'))
    .option('--json', t('optJson'))
    .action(async (file, sheet, options) => {
      const [{ previewIndicatorFile, importIndicatorFile }, { withAwardFile }] = await Promise.all([
        import('../../services/indicators/indicator-file.service'),
        import('../award-file'),
      ]);
      const path = existingFilePath(sheet);
      const bytes = new Uint8Array(readFileSync(path));
      const input = {
        fileName: basename(path),
        ...(options.category === undefined ? {} : { categoryId: options.category }),
        ...(options.sheetName === undefined ? {} : { sheet: options.sheetName }),
      };
      const preview = await withAwardFile(resolve(file), async (award) => {
        const first = await previewIndicatorFile(award, input, bytes, ctx.i18n);
        if (options.dryRun || first.problems.length > 0) return first;
        return importIndicatorFile(award, null, input, bytes, ctx.i18n);
      });
      report(ctx, preview, options.json === true);
      if (preview.problems.length > 0) {
        throw new UserError('invalid_input', 'errors.indicator.hasProblems', { count: preview.problems.length });
      }
    });

  indicators
    .command('template')
    .description(t('indicatorsTemplateDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--category <id>', t('optIndicatorCategory'))
    .requiredOption('--out <out>', t('optOutIndicators'))
    .addOption(new Option('--format <format>', t('optFormat')).choices(['xlsx', 'csv'] as const))
    .option('--force', t('optForce'))
    .action(async (file, options) => {
      const [{ indicatorTemplateFile }, { withAwardFile }] = await Promise.all([
        import('../../services/indicators/indicator-file.service'),
        import('../award-file'),
      ]);
      const target = newFilePath(ctx, options.out);
      if (!options.force && existsSync(target))
        throw new UserError('file_exists', 'errors.fileExists', { path: target });
      const format = options.format ?? (target.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx');
      const download = await withAwardFile(resolve(file), (award) =>
        indicatorTemplateFile(award, options.category, format, ctx.i18n),
      );
      writeFileSync(target, Buffer.from(download.base64, 'base64'), { flag: options.force ? 'w' : 'wx' });
      out.note(t('indicatorsTemplateWritten', { path: target }));
    });

  indicators
    .command('list')
    .description(t('indicatorsListDescription'))
    .argument('<file>', t('argFile'))
    .option('--category <id>', t('optIndicatorCategoryAll'))
    .option('--json', t('optJson'))
    .action(async (file, options) => {
      const [{ indicatorList }, { withAwardFile }] = await Promise.all([
        import('../../services/indicators/indicator-file.service'),
        import('../award-file'),
      ]);
      const lists = await withAwardFile(resolve(file), (award, setup) => {
        const ids =
          options.category === undefined
            ? setup.categories.filter((c) => c.criteria.some((k) => k.kind === 'indicator')).map((c) => c.id)
            : [options.category];
        return ids.map((id) => indicatorList(award, id, ctx.i18n));
      });
      if (options.json === true) out.json(lists);
      else lists.forEach((l) => printList(ctx, l));
    });
}

const number = (ctx: CliContext, v: number | null) => (v === null ? '—' : formatLocaleNumber(v, ctx.language));

function printList(ctx: CliContext, list: IndicatorList): void {
  const { t, out } = ctx;
  out.line(`${list.category.name} (${list.category.id})`);
  for (const k of list.criteria) {
    out.line(`  ${k.name}${k.unit ? ` (${k.unit})` : ''} — ${t('indicatorsRule')}: ${k.ruleText}`);
    for (const n of list.nominees) {
      const v = list.values.find((x) => x.nomineeId === n.id && x.criterionId === k.id);
      const source = v ? `  [${v.source}, ${v.at.slice(0, 16).replace('T', ' ')}]` : '';
      out.line(`    ${n.code.padEnd(8)} ${n.name.padEnd(36)} ${number(ctx, v?.value ?? null).padStart(10)}${source}`);
    }
  }
  if (list.criteria.length === 0) out.line(`  ${t('indicatorsNone')}`);
}

function report(ctx: CliContext, preview: IndicatorPreview, json: boolean): void {
  const { t, out } = ctx;
  if (json) {
    out.json(preview);
    return;
  }
  for (const p of preview.problems) out.note(`  ${p.message}`);
  if (preview.problems.length > 0) return;
  for (const v of preview.values.filter((x) => x.status !== 'unchanged'))
    out.line(`  ${v.row}: ${v.nominee} — ${v.criterion}: ${number(ctx, v.current)} → ${number(ctx, v.value)}`);
  const counts = {
    values: preview.values.length,
    changes: preview.changes,
    unchanged: preview.unchanged,
    category: preview.category ?? '',
    sheet: preview.sheet,
  };
  if (preview.changes === 0) out.line(t('indicatorsUnchanged', counts));
  else out.line(preview.written ? t('indicatorsImported', counts) : t('indicatorsChecked', counts));
}
