import { UserError } from '../../../shared/user-error';
import type { CliContext } from '../context';
import type { Program } from '../program';

/** `juri regions [--province CODE] [--json]`: the Kemendagri reference data built into Juri. */
export function registerRegionsCommand(program: Program, ctx: CliContext): void {
  const { t, out } = ctx;
  program
    .command('regions')
    .description(t('regionsDescription'))
    .option('--province <code>', t('optProvince'))
    .option('--json', t('optJson'))
    .action(async (options) => {
      const { listProvinces } = await import('../../services/regions.service');
      const all = listProvinces();
      const code = options.province?.trim();
      const provinces = code === undefined ? all : all.filter((p) => p.code === code);
      if (code !== undefined && provinces.length === 0)
        throw new UserError('not_found', 'errors.unknownRegion', { code });
      const shaped = provinces.map((p) => ({
        code: p.code,
        name: p.name,
        regencies: p.regencies.map((r) => ({ code: r.code, name: r.name })),
      }));
      if (options.json) return out.json(shaped);
      for (const p of shaped) {
        out.line(`${p.code.padEnd(6)}${p.name}  (${t('regencyCount', { count: p.regencies.length })})`);
        if (code !== undefined) for (const r of p.regencies) out.line(`  ${r.code.padEnd(7)}${r.name}`);
      }
      if (code === undefined) out.note(t('regionsHint'));
    });
}
