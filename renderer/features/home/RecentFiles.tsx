import { useTranslation } from 'react-i18next';
import { forgetRecent } from '../../app/award-actions';
import { useRecentFiles } from '../../app/app.store';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { formatDate } from '../../ui/format';

/** Recently opened files, newest first; a file that is gone is greyed and can be removed from the list. */
export function RecentFiles({ onOpen }: { onOpen: (path: string) => void }) {
  const { t, i18n } = useTranslation('home');
  const recent = useRecentFiles();
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title" className="section-title">
        {t('recent.title')}
      </h2>
      {recent.length === 0 ? (
        <p className="recent__empty">{t('recent.empty')}</p>
      ) : (
        <ul className="recent__list">
          {recent.map((file) => (
            <li key={file.path} className={['recent__item', file.exists ? '' : 'recent__item--missing'].join(' ')}>
              <button type="button" className="recent__open" onClick={() => onOpen(file.path)} disabled={!file.exists}>
                <Icon name="file" size={20} />
                <span className="recent__text">
                  <span className="recent__name">{file.name}</span>
                  <span className="recent__path">{file.path}</span>
                </span>
                <span className="recent__date">
                  {file.exists
                    ? t('recent.opened', { date: formatDate(file.openedAt, i18n.language) })
                    : t('recent.missing')}
                </span>
              </button>
              {file.exists ? null : (
                <Button
                  size="sm"
                  variant="ghost"
                  icon="trash"
                  onClick={() => void forgetRecent(file.path)}
                  aria-label={t('recent.forgetNamed', { name: file.name })}
                >
                  {t('recent.forget')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
