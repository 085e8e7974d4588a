import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../../shared/user-error';
import { summaryJson, summaryLines } from '../award-view';
import type { CliContext } from '../context';
import { newFilePath } from '../paths';
import type { Program } from '../program';

/** `juri init FILE --template T.json [--json]`: a new award from a template; an invalid template writes nothing. */
export function registerInitCommand(program: Program, ctx: CliContext): void {
  const { t, out } = ctx;
  program
    .command('init')
    .description(t('initDescription'))
    .argument('<file>', t('argFile'))
    .requiredOption('--template <template>', t('optTemplate'))
    .option('--json', t('optJson'))
    .action(async (file, options) => {
      const target = newFilePath(ctx, file);
      const raw = parseJson(ctx, options.template, await readTemplateText(ctx, options.template));
      const [{ createFromTemplate }, { readAndClose }, { z }] = await Promise.all([
        import('../../services/template.service'),
        import('../award-file'),
        import('zod'),
      ]);
      // Our schemas carry errors.* keys; zod's own messages (wrong type, missing field) follow its locale.
      z.config(ctx.language === 'id' ? z.locales.id() : z.locales.en());
      const setup = await readAndClose(await createFromTemplate(target, raw));
      if (options.json) return out.json(summaryJson(setup));
      out.line(t('initCreated', { path: setup.filePath }));
      for (const line of summaryLines(ctx, setup).slice(1)) out.line(`  ${line}`);
    });
}

async function readTemplateText(ctx: CliContext, source: string): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return readFileSync(source, 'utf8');
  } catch {
    throw new UserError('not_found', 'errors.fileMissing', { path: resolve(source) });
  }
}

function parseJson(ctx: CliContext, source: string, text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // Not an errors.* key, so translateMessage passes the already translated text through.
    throw new UserError('invalid_input', ctx.t('notJson', { path: source === '-' ? 'stdin' : source, detail }));
  }
}
