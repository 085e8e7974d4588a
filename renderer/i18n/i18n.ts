import type { i18n, Resource } from 'i18next';
import { setI18n } from 'react-i18next';
import { api } from '../platform/api';
import { createI18n, DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../shared/i18n/i18n';
import { categories as enCategories } from './locales/en/categories';
import { common as enCommon } from './locales/en/common';
import { home as enHome } from './locales/en/home';
import { jurors as enJurors } from './locales/en/jurors';
import { nominees as enNominees } from './locales/en/nominees';
import { programme as enProgramme } from './locales/en/programme';
import { templates as enTemplates } from './locales/en/templates';
import { ballots as enBallots } from './locales/en/ballots';
import { ranking as enRanking } from './locales/en/ranking';
import { chair as enChair } from './locales/en/chair';
import { scoring as enScoring } from './locales/en/scoring';
import { indicators as enIndicators } from './locales/en/indicators';
import { decision as enDecision } from './locales/en/decision';
import { merge as enMerge } from './locales/en/merge';
import { certificates as enCertificates } from './locales/en/certificates';
import { categories as idCategories } from './locales/id/categories';
import { common as idCommon } from './locales/id/common';
import { home as idHome } from './locales/id/home';
import { jurors as idJurors } from './locales/id/jurors';
import { nominees as idNominees } from './locales/id/nominees';
import { programme as idProgramme } from './locales/id/programme';
import { templates as idTemplates } from './locales/id/templates';
import { ballots as idBallots } from './locales/id/ballots';
import { ranking as idRanking } from './locales/id/ranking';
import { chair as idChair } from './locales/id/chair';
import { scoring as idScoring } from './locales/id/scoring';
import { indicators as idIndicators } from './locales/id/indicators';
import { decision as idDecision } from './locales/id/decision';
import { merge as idMerge } from './locales/id/merge';
import { certificates as idCertificates } from './locales/id/certificates';

export const NAMESPACES = [
  'common',
  'home',
  'programme',
  'categories',
  'templates',
  'nominees',
  'jurors',
  'scoring',
  'chair',
  'ballots',
  'ranking',
  'indicators',
  'decision',
  'merge',
  'certificates',
  'results',
  'errors',
] as const;

const resources: Resource = {
  id: {
    common: idCommon,
    home: idHome,
    programme: idProgramme,
    categories: idCategories,
    templates: idTemplates,
    nominees: idNominees,
    jurors: idJurors,
    scoring: idScoring,
    chair: idChair,
    ballots: idBallots,
    ranking: idRanking,
    indicators: idIndicators,
    decision: idDecision,
    merge: idMerge,
    certificates: idCertificates,
  },
  en: {
    common: enCommon,
    home: enHome,
    programme: enProgramme,
    categories: enCategories,
    templates: enTemplates,
    nominees: enNominees,
    jurors: enJurors,
    scoring: enScoring,
    chair: enChair,
    ballots: enBallots,
    ranking: enRanking,
    indicators: enIndicators,
    decision: enDecision,
    merge: enMerge,
    certificates: enCertificates,
  },
};

const STORAGE_KEY = 'juri.lang';

/** The language the user chose last time on this machine; Indonesian by default. */
export function storedLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as Language) : DEFAULT_LANGUAGE;
}

let instance: i18n | null = null;

/** Creates the renderer's i18next instance (shared namespaces + the UI's) and hands it to react-i18next. */
export function initI18n(): i18n {
  const language = storedLanguage();
  instance = createI18n(language, resources);
  setI18n(instance);
  document.documentElement.lang = language;
  return instance;
}

/** Switches the UI language, remembers it, and tells main (errors, menus and dialogs follow). */
export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await instance?.changeLanguage(language);
  await api().app.setLanguage({ language });
}

/** BCP 47 locale for Intl formatting. */
export const localeOf = (language: string): string => (language === 'en' ? 'en-GB' : 'id-ID');

/** The English file must have every key of the Indonesian one (and only strings at the leaves). */
export type LocaleShape<T> = { [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]> };
