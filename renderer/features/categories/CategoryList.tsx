import { useTranslation } from 'react-i18next';
import type { Category } from '../../../shared/award/award.schema';
import { Button } from '../../ui/Button';

interface CategoryListProps {
  categories: Category[];
  selectedId: string;
  onSelect: (id: string) => void;
  onAdd: () => void;
}

/** The ordered categories; the selected one's criteria and nominees are shown beside it. */
export function CategoryList({ categories, selectedId, onSelect, onAdd }: CategoryListProps) {
  const { t } = useTranslation('categories');
  return (
    <nav className="category-list" aria-labelledby="category-list-title">
      <div className="category-list__head">
        <h2 id="category-list-title" className="section-title">
          {t('list.title')}
        </h2>
        <span className="sidebar__count">{categories.length}</span>
      </div>
      <ol className="category-list__items">
        {categories.map((c, i) => (
          <li key={c.id}>
            <button
              type="button"
              className="category-list__item"
              aria-current={c.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(c.id)}
            >
              <span className="category-list__index">{i + 1}</span>
              <span className="category-list__text">
                <span className="category-list__name">{c.name}</span>
                <span className="category-list__meta">
                  {t('list.criteriaCount', { count: c.criteria.length })} ·{' '}
                  {t('list.nomineesCount', { count: c.nomineeIds.length })}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ol>
      <Button icon="plus" className="category-list__add" onClick={onAdd}>
        {t('list.add')}
      </Button>
    </nav>
  );
}
