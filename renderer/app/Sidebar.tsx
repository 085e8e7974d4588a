import { useTranslation } from 'react-i18next';
import { useSetup } from '../features/award/award.store';
import { Icon, type IconName } from '../ui/Icon';
import { SECTIONS, useGo, useSection, type Section } from './nav.store';

const icons: Record<Section, IconName> = {
  programme: 'programme',
  categories: 'categories',
  nominees: 'nominees',
  jurors: 'jurors',
  templates: 'template',
};

/** The setup sections, with a count where it helps (categories, nominees, jurors). */
export function Sidebar() {
  const { t } = useTranslation('common');
  const section = useSection();
  const go = useGo();
  const setup = useSetup();
  const counts: Partial<Record<Section, number>> = setup
    ? { categories: setup.categories.length, nominees: setup.nominees.length, jurors: setup.jurors.length }
    : {};
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <p className="sidebar__heading">{t('nav.setup')}</p>
      <ul className="sidebar__list">
        {SECTIONS.map((s) => (
          <li key={s}>
            <button
              type="button"
              className="sidebar__item"
              aria-current={s === section ? 'page' : undefined}
              onClick={() => go(s)}
            >
              <Icon name={icons[s]} />
              <span className="sidebar__label">{t(`nav.${s}`)}</span>
              {counts[s] !== undefined ? <span className="sidebar__count">{counts[s]}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
