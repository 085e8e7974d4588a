import { useTranslation } from 'react-i18next';
import { useSetup } from '../features/award/award.store';
import { Icon, type IconName } from '../ui/Icon';
import { CLOSING_SECTIONS, JUDGING_SECTIONS, SETUP_SECTIONS, useGo, useSection, type Section } from './nav.store';

const icons: Record<Section, IconName> = {
  programme: 'programme',
  categories: 'categories',
  nominees: 'nominees',
  jurors: 'jurors',
  templates: 'template',
  scoring: 'edit',
  results: 'categories',
  chair: 'star',
  ballots: 'upload',
  indicators: 'programme',
  documents: 'signature',
  merge: 'folder',
};

/** The setup sections, with a count where it helps (categories, nominees, jurors), then judging. */
export function Sidebar() {
  const { t } = useTranslation('common');
  const section = useSection();
  const go = useGo();
  const setup = useSetup();
  const counts: Partial<Record<Section, number>> = setup
    ? { categories: setup.categories.length, nominees: setup.nominees.length, jurors: setup.jurors.length }
    : {};
  const group = (heading: string, sections: readonly Section[]) => (
    <>
      <p className="sidebar__heading">{heading}</p>
      <ul className="sidebar__list">
        {sections.map((s) => (
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
    </>
  );
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      {group(t('nav.setup'), SETUP_SECTIONS)}
      {group(t('nav.judging'), JUDGING_SECTIONS)}
      {group(t('nav.closing'), CLOSING_SECTIONS)}
    </nav>
  );
}
