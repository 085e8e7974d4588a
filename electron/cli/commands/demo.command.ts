import { summaryJson, summaryLines } from '../award-view';
import type { CliContext } from '../context';
import { newFilePath } from '../paths';
import type { Program } from '../program';

/** `juri demo FILE [--json]`: creates the demo award; refuses an existing file. */
export function registerDemoCommand(program: Program, ctx: CliContext): void {
  const { t, out } = ctx;
  program
    .command('demo')
    .description(t('demoDescription'))
    .argument('<file>', t('argFile'))
    .option('--json', t('optJson'))
    .action(async (file, options) => {
      const [{ DEMO_PINS }, { createDemoAward }, { readAndClose }] = await Promise.all([
        import('../../services/demo-award'),
        import('../../services/demo.service'),
        import('../award-file'),
      ]);
      const setup = await readAndClose(await createDemoAward(newFilePath(ctx, file)));
      if (options.json) return out.json(summaryJson(setup));
      out.line(t('demoCreated', { path: setup.filePath }));
      for (const line of summaryLines(ctx, setup).slice(1)) out.line(`  ${line}`);
      out.line(`  ${t('demoPins', { pins: DEMO_PINS.join(', ') })}`);
    });
}
