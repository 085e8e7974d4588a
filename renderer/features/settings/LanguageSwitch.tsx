import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/i18n/i18n';
import { changeLanguage } from '../../i18n/i18n';

/** ID / EN segmented switch; the choice is remembered and sent to main. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current = i18n.language as Language;
  return (
    <div className="segmented" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          className="segmented__item"
          aria-pressed={current === lang}
          title={t(`language.${lang}`)}
          lang={lang}
          onClick={() => void changeLanguage(lang)}
        >
          {t(`language.short.${lang}`)}
        </button>
      ))}
    </div>
  );
}
