import { readFileSync } from 'node:fs';
import { Command, Option } from '@commander-js/extra-typings';
import { LANGUAGES } from '../../shared/i18n/i18n';
import { registerDemoCommand } from './commands/demo.command';
import { registerInfoCommand } from './commands/info.command';
import { registerInitCommand } from './commands/init.command';
import { registerRegionsCommand } from './commands/regions.command';
import { registerResultsCommand } from './commands/results.command';
import { registerScoresCommand } from './commands/scores.command';
import { registerTemplateCommand } from './commands/template.command';
import { registerIndicatorsCommands } from './commands/indicators.command';
import { registerMergeCommands } from './commands/merge.command';
import { registerDocumentsCommands } from './commands/documents.command';
import type { CliContext, CliKey } from './context';

const titles: Record<string, CliKey> = {
  'Usage:': 'titleUsage',
  'Arguments:': 'titleArguments',
  'Options:': 'titleOptions',
  'Global Options:': 'titleGlobalOptions',
  'Commands:': 'titleCommands',
};

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** The root command with the global options and the settings every command inherits. */
function createRoot(ctx: CliContext) {
  const { t } = ctx;
  return new Command('juri')
    .description(t('description'))
    .version(packageVersion(), '-V, --version', t('optVersion'))
    .helpOption('-h, --help', t('optHelp'))
    .helpCommand('help [command]', t('cmdHelp'))
    .addOption(new Option('--lang <lang>', t('optLang')).choices(LANGUAGES).env('JURI_LANG'))
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => {
        const key = titles[title];
        return key ? t(key) : title;
      },
    })
    .configureOutput({
      writeOut: (text) => ctx.out.raw(text),
      outputError: () => {},
    })
    .showSuggestionAfterError(false)
    .exitOverride();
}

export type Program = ReturnType<typeof createRoot>;

/**
 * The `juri` program. Commands are added with `.command()` so they inherit the help, output and
 * exit settings; commander throws instead of exiting, and cli.ts turns that into an exit code.
 */
export function buildProgram(ctx: CliContext): Program {
  const program = createRoot(ctx);
  registerDemoCommand(program, ctx);
  registerInitCommand(program, ctx);
  registerTemplateCommand(program, ctx);
  registerInfoCommand(program, ctx);
  registerRegionsCommand(program, ctx);
  registerScoresCommand(program, ctx);
  registerResultsCommand(program, ctx);
  registerIndicatorsCommands(program, ctx);
  registerMergeCommands(program, ctx);
  registerDocumentsCommands(program, ctx);
  return program;
}
