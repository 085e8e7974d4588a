import { useTranslation } from 'react-i18next';
import { useSetup } from '../features/award/award.store';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { Button } from '../ui/Button';
import { SaveIndicator } from '../ui/SaveIndicator';
import { closeAward } from './award-actions';

/** Award name, file path, save state, language, close. */
export function AppHeader() {
  const { t } = useTranslation('common');
  const setup = useSetup();
  if (!setup) return null;
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <img src="./icon.svg" alt="" width={28} height={28} />
        <span className="app-header__product">{t('appName')}</span>
      </div>
      <div className="app-header__award">
        <p className="app-header__name" data-testid="award-name">
          {setup.award.programme.name}
        </p>
        <p className="app-header__path" title={setup.filePath}>
          <span className="visually-hidden">{t('header.file')}: </span>
          {setup.filePath}
        </p>
      </div>
      <div className="app-header__tools">
        <SaveIndicator />
        <LanguageSwitch />
        <Button size="sm" variant="ghost" icon="logout" onClick={() => void closeAward()}>
          {t('header.closeAward')}
        </Button>
      </div>
    </header>
  );
}
