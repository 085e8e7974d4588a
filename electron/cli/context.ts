import type { i18n } from 'i18next';
import { createI18n, DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../shared/i18n/i18n';
import { cli as enCli } from '../../shared/i18n/locales/en/cli';
import { cli as idCli } from '../../shared/i18n/locales/id/cli';
import type { Output } from './output';

export type CliKey = keyof typeof idCli;

/** What every command gets: the language, a translator for `cli` messages, the output and the environment. */
export interface CliContext {
  language: Language;
  /** Translates a CLI message. */
  t: (key: CliKey, params?: Record<string, unknown>) => string;
  /** The instance behind `t`, for `errors.*` keys via `translateMessage`. */
  i18n: i18n;
  out: Output;
  debug: boolean;
  stdin: NodeJS.ReadableStream;
}

const isLanguage = (value: string | undefined): value is Language => LANGUAGES.some((l) => l === value);

/**
 * The language must be known before commander builds the (translated) help, so `--lang` is
 * looked up here first; commander still validates it. Then JURI_LANG, then Indonesian.
 */
export function detectLanguage(args: readonly string[], env: NodeJS.ProcessEnv): Language {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? args[i + 1] : arg?.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLanguage(value)) return value;
  }
  return isLanguage(env['JURI_LANG']) ? env['JURI_LANG'] : DEFAULT_LANGUAGE;
}

export function createContext(
  language: Language,
  out: Output,
  env: NodeJS.ProcessEnv,
  stdin: NodeJS.ReadableStream,
): CliContext {
  const i18n = createI18n(language, { id: { cli: idCli }, en: { cli: enCli } });
  const t = (key: CliKey, params: Record<string, unknown> = {}) => i18n.t(key, { ns: 'cli', ...params });
  return { language, t, i18n, out, debug: Boolean(env['JURI_DEBUG']) && env['JURI_DEBUG'] !== '0', stdin };
}
