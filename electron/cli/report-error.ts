import { CommanderError } from '@commander-js/extra-typings';
import { translateMessage } from '../../shared/i18n/i18n';
import { UserError } from '../../shared/user-error';
import type { CliContext, CliKey } from './context';

/** Exit codes of `juri`; documented in docs/cli.md. */
export const EXIT = { ok: 0, userError: 1, usage: 2, internal: 70 } as const;

const usageKeys: Partial<Record<string, CliKey>> = {
  'commander.unknownOption': 'usageUnknownOption',
  'commander.unknownCommand': 'usageUnknownCommand',
  'commander.missingArgument': 'usageMissingArgument',
  'commander.missingMandatoryOptionValue': 'usageMissingOption',
  'commander.optionMissingArgument': 'usageOptionValue',
  'commander.excessArguments': 'usageExcessArguments',
  'commander.invalidArgument': 'usageInvalidValue',
};

/** Writes one error to stderr in the user's language and returns the exit code. Never a stack trace unless JURI_DEBUG is set. */
export function reportError(ctx: CliContext, error: unknown): number {
  if (error instanceof CommanderError) return reportUsage(ctx, error);
  if (error instanceof UserError) {
    const t = ctx.i18n.t;
    ctx.out.note(translateMessage(t, error.key, error.params));
    for (const issue of error.issues ?? []) {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      ctx.out.note(`  ${path}: ${translateMessage(t, issue.message)}`);
    }
    if (ctx.debug) ctx.out.note(error.stack ?? '');
    return EXIT.userError;
  }
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() ?? '';
  const detail = /[.!?]$/.test(first) ? first : `${first}.`;
  ctx.out.note(`${ctx.t('unexpected', { detail })} ${ctx.t('debugHint')}`);
  if (ctx.debug) ctx.out.note(error instanceof Error ? (error.stack ?? detail) : detail);
  return EXIT.internal;
}

function reportUsage(ctx: CliContext, error: CommanderError): number {
  // Help and version were printed by commander; `juri` alone prints help to stderr (exitCode 1).
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
  if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  const raw = error.message.replace(/^error:\s*/, '');
  const choice = /^option '([^' ]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(raw);
  const key = usageKeys[error.code];
  const token = /'([^']*)'/.exec(raw)?.[1] ?? raw;
  if (choice) ctx.out.note(ctx.t('usageInvalidChoice', { option: choice[1], value: choice[2], choices: choice[3] }));
  else ctx.out.note(key ? ctx.t(key, { token, detail: raw }) : raw);
  ctx.out.note(ctx.t('usageHint'));
  return EXIT.usage;
}
