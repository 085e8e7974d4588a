import { resolve } from 'node:path';
import { infoJson, infoLines } from '../award-view';
import type { CliContext } from '../context';
import type { Program } from '../program';

/** `juri info FILE [--json]`: the setup of an award file. */
export function registerInfoCommand(program: Program, ctx: CliContext): void {
  const { t, out } = ctx;
  program
    .command('info')
    .description(t('infoDescription'))
    .argument('<file>', t('argFile'))
    .option('--json', t('optJson'))
    .action(async (file, options) => {
      const { withAwardFile } = await import('../award-file');
      const setup = await withAwardFile(resolve(file), (_award, s) => s);
      if (options.json) return out.json(infoJson(setup));
      for (const line of infoLines(ctx, setup)) out.line(line);
    });
}
