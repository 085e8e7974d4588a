import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/envelope';
import { openAward, openDemo, refreshRecent, startOpen, type ActionResult } from '../../app/award-actions';
import { useHostInfo, useOpenDialog } from '../../app/app.store';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { Icon, type IconName } from '../../ui/Icon';
import { Notice } from '../../ui/Card';
import { RecentFiles } from './RecentFiles';

function ActionCard({
  icon,
  title,
  hint,
  onClick,
  primary = false,
}: {
  icon: IconName;
  title: string;
  hint: string;
  onClick: () => void;
  primary?: boolean;
}) {
  return (
    <button
      type="button"
      className={['action-card', primary ? 'action-card--primary' : ''].join(' ')}
      onClick={onClick}
    >
      <span className="action-card__icon">
        <Icon name={icon} size={22} />
      </span>
      <span className="action-card__title">{title}</span>
      <span className="action-card__hint">{hint}</span>
    </button>
  );
}

/** The start screen: no award is open yet. */
export function HomeScreen() {
  const { t } = useTranslation('home');
  const info = useHostInfo();
  const openDialog = useOpenDialog();
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void refreshRecent();
  }, []);

  const run = async (pending: Promise<ActionResult | null>) => {
    setError(null);
    const result = await pending;
    if (result && !result.ok) setError(result.error);
  };

  return (
    <div className="home">
      <div className="home__top">
        <LanguageSwitch />
      </div>
      <main className="home__main" aria-labelledby="home-title">
        <header className="home__hero">
          <img className="home__logo" src="./icon.svg" alt="" width={56} height={56} />
          <h1 id="home-title" className="home__title">
            {t('title')}
          </h1>
          <p className="home__tagline">{t('tagline')}</p>
        </header>

        <section aria-label={t('actions.label')} className="home__actions">
          <ActionCard
            icon="plus"
            primary
            title={t('actions.new')}
            hint={t('actions.newHint')}
            onClick={() => openDialog('new')}
          />
          <ActionCard
            icon="folder"
            title={t('actions.open')}
            hint={t('actions.openHint')}
            onClick={() => void run(startOpen())}
          />
          <ActionCard
            icon="star"
            title={t('actions.demo')}
            hint={t('actions.demoHint')}
            onClick={() => void run(openDemo())}
          />
          <ActionCard
            icon="template"
            title={t('actions.template')}
            hint={t('actions.templateHint')}
            onClick={() => openDialog('import')}
          />
        </section>

        {error ? <Notice tone="error">{error.message}</Notice> : null}

        <RecentFiles onOpen={(path) => void run(openAward(path))} />
      </main>
      <footer className="home__footer">
        {info ? (
          <>
            <span>{t('footer.version', { version: info.version })}</span>
            <span aria-hidden="true">·</span>
            <span>{t('footer.host', { host: t(`common:host.${info.host}`) })}</span>
            <span aria-hidden="true">·</span>
            <span>
              {t('footer.regions', {
                package: info.regionsSource.package,
                version: info.regionsSource.version,
                license: info.regionsSource.license,
              })}
            </span>
          </>
        ) : null}
      </footer>
    </div>
  );
}
