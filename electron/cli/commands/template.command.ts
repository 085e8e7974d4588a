import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../../shared/user-error';
import type { CliContext } from '../context';
import { newFilePath } from '../paths';
import { toJsonText } from '../output';
import type { Program } from '../program';

/** `juri template FILE --out T.json [--force]`: the setup as a template; `--out -` writes to stdout. */
export function registerTemplateCommand(program: Program, ctx: CliContext): void {
  const { t, out } = ctx;
  program
    .command('template')
    .description(t('templateDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--out <out>', t('optOut'))
    .option('--force', t('optForce'))
    .action(async (file, options) => {
      const [{ exportTemplate }, { withAwardFile }] = await Promise.all([
        import('../../services/template.service'),
        import('../award-file'),
      ]);
      const target = options.out === '-' ? undefined : newFilePath(ctx, options.out);
      if (target && !options.force && existsSync(target)) throw fileExists(target);
      const text = toJsonText(await withAwardFile(resolve(file), (award) => exportTemplate(award)));
      if (!target) return out.raw(text);
      try {
        writeFileSync(target, text, { encoding: 'utf8', flag: options.force ? 'w' : 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw fileExists(target);
        throw error;
      }
      out.note(t('templateWritten', { path: target }));
    });
}

const fileExists = (path: string) => new UserError('file_exists', 'errors.fileExists', { path });
