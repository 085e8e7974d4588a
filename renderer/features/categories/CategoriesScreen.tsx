import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardSetup, Category } from '../../../shared/award/award.schema';
import type { Envelope } from '../../../shared/ipc/envelope';
import { api } from '../../platform/api';
import { useApply, useSetup } from '../award/award.store';
import { Button, IconButton } from '../../ui/Button';
import { EmptyState, PageHeader } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/Dialog';
import { useNotify } from '../../ui/toast.store';
import { useSelectCategory, useSelectedCategoryId } from './categories.store';
import { CategoryDialog } from './CategoryDialog';
import { CategoryList } from './CategoryList';
import { CategoryNomineesCard } from './CategoryNomineesCard';
import { CriteriaCard } from './CriteriaCard';

/** Kategori & Kriteria: the ordered categories, and for the selected one its criteria and nominees. */
export function CategoriesScreen() {
  const { t } = useTranslation('categories');
  const setup = useSetup();
  const apply = useApply();
  const notify = useNotify();
  const selectedId = useSelectedCategoryId();
  const select = useSelectCategory();
  const [editing, setEditing] = useState<Category | 'new' | null>(null);
  const [removing, setRemoving] = useState<Category | null>(null);
  if (!setup) return null;

  const categories = setup.categories;
  const index = Math.max(
    0,
    categories.findIndex((c) => c.id === selectedId),
  );
  const selected = categories[index];

  const run = async (pending: Promise<Envelope<AwardSetup>>) => {
    const result = await apply(pending);
    if (!result.ok) notify(result.error.message, 'error');
  };

  const dialogs = (
    <>
      {editing ? (
        <CategoryDialog category={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('category.removeTitle')}
          message={t('category.removeMessage', { name: removing.name, count: removing.criteria.length })}
          confirmLabel={t('category.remove')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(null);
            select(null);
            void run(api().category.remove({ id })).then(() => notify(t('category.removed'), 'success'));
          }}
        />
      ) : null}
    </>
  );

  return (
    <section aria-labelledby="categories-title">
      <PageHeader id="categories-title" title={t('title')} lead={t('lead')} />
      {!selected ? (
        <EmptyState
          icon="categories"
          title={t('empty.title')}
          action={
            <Button variant="primary" icon="plus" onClick={() => setEditing('new')}>
              {t('list.add')}
            </Button>
          }
        >
          {t('empty.text')}
        </EmptyState>
      ) : (
        <div className="categories">
          <CategoryList
            categories={categories}
            selectedId={selected.id}
            onSelect={select}
            onAdd={() => setEditing('new')}
          />
          <div className="categories__detail" aria-label={selected.name} role="region">
            <header className="category-head">
              <div className="category-head__top">
                <p className="category-head__position">
                  {t('category.position', { n: index + 1, total: categories.length })}
                </p>
                <div className="toolbar">
                  <IconButton
                    icon="up"
                    label={t('category.moveUp')}
                    disabled={index === 0}
                    onClick={() => void run(api().category.move({ id: selected.id, offset: -1 }))}
                  />
                  <IconButton
                    icon="down"
                    label={t('category.moveDown')}
                    disabled={index === categories.length - 1}
                    onClick={() => void run(api().category.move({ id: selected.id, offset: 1 }))}
                  />
                  <Button size="sm" icon="edit" onClick={() => setEditing(selected)}>
                    {t('category.edit')}
                  </Button>
                  <Button size="sm" variant="ghost" icon="trash" onClick={() => setRemoving(selected)}>
                    {t('category.remove')}
                  </Button>
                </div>
              </div>
              <h2 className="category-head__name">{selected.name}</h2>
              {selected.description ? <p className="muted">{selected.description}</p> : null}
            </header>
            <CriteriaCard key={selected.id} category={selected} />
            <CategoryNomineesCard key={`n-${selected.id}`} category={selected} nominees={setup.nominees} />
          </div>
        </div>
      )}
      {dialogs}
    </section>
  );
}
