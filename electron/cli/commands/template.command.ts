import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../../../shared/user-error';
import type { CliContext } from '../context';
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
      const text = toJsonText(await withAwardFile(resolve(file), (award) => exportTemplate(award)));
      if (options.out === '-') return out.raw(text);
      const target = resolve(options.out);
      try {
        writeFileSync(target, text, { encoding: 'utf8', flag: options.force ? 'w' : 'wx' });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new UserError('file_exists', 'errors.fileExists', { path: target });
        if (code === 'ENOENT') throw new UserError('not_found', t('folderMissing', { path: dirname(target) }));
        throw error;
      }
      out.note(t('templateWritten', { path: target }));
    });
}
