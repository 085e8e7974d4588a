import { z } from 'zod';
import i18next, { type i18n, type Resource } from 'i18next';
import { errors as enErrors } from './locales/en/errors';
import { errors as idErrors } from './locales/id/errors';
import { documents as enDocuments } from './locales/en/documents';
import { documents as idDocuments } from './locales/id/documents';
import { results as enResults } from './locales/en/results';
import { results as idResults } from './locales/id/results';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';

/** Resources by language and namespace; hosts may add namespaces (ui, cli, menu) with `extra`. */
export const baseResources = {
  id: { errors: idErrors, documents: idDocuments, results: idResults },
  en: { errors: enErrors, documents: enDocuments, results: enResults },
} satisfies Resource;

/** One i18next instance per host (main, CLI, renderer), Indonesian first. */
export function createI18n(language: Language = DEFAULT_LANGUAGE, extra: Resource = {}): i18n {
  const resources: Resource = {};
  for (const lng of LANGUAGES) {
    resources[lng] = { ...baseResources[lng], ...(extra[lng] ?? {}) };
  }
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    defaultNS: 'errors',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Translates a message that may be an `errors.*` key; other text is returned as is. */
export function translateMessage(t: i18n['t'], message: string, params: Record<string, unknown> = {}): string {
  return message.startsWith('errors.') ? t(message.slice('errors.'.length), { ns: 'errors', ...params }) : message;
}

const translators = new Map<Language, i18n>();

/** A cached instance with the base namespaces, for translating service messages. */
export function translatorFor(language: Language): i18n {
  let instance = translators.get(language);
  if (!instance) {
    instance = createI18n(language);
    translators.set(language, instance);
  }
  return instance;
}

const zodLocales = { id: z.locales.id, en: z.locales.en } as const;

/** Zod's own messages (wrong type, invalid choice) in the user's language, for one parse. */
export function zodErrorMap(language: Language): z.core.$ZodErrorMap {
  return zodLocales[language]().localeError;
}
