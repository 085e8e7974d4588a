import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, Nominee } from '../../../shared/award/award.schema';
import { useGo } from '../../app/nav.store';
import { api } from '../../platform/api';
import { useApply } from '../award/award.store';
import { Button } from '../../ui/Button';
import { Badge, Card, EmptyState } from '../../ui/Card';
import { Checkbox, TextField } from '../../ui/Field';
import { useNotify } from '../../ui/toast.store';

/** "Peserta kategori ini": which of the award's nominees compete in this category; each change is saved at once. */
export function CategoryNomineesCard({ category, nominees }: { category: Category; nominees: Nominee[] }) {
  const { t } = useTranslation('categories');
  const apply = useApply();
  const notify = useNotify();
  const go = useGo();
  const [filter, setFilter] = useState('');
  // Optimistic: a tick shows at once; main's answer (or a failure) then replaces it.
  const [pending, setPending] = useState<Set<string> | null>(null);
  const saved = useMemo(() => new Set(category.nomineeIds), [category.nomineeIds]);
  const chosen = pending ?? saved;
  const shown = useMemo(() => {
    const q = filter.trim().toLocaleLowerCase('id');
    return q ? nominees.filter((n) => n.name.toLocaleLowerCase('id').includes(q)) : nominees;
  }, [nominees, filter]);

  const save = async (ids: Set<string>) => {
    // Keep the award's nominee order, so the category lists them the same way everywhere.
    const nomineeIds = nominees.filter((n) => ids.has(n.id)).map((n) => n.id);
    setPending(new Set(nomineeIds));
    const result = await apply(api().category.setNominees({ categoryId: category.id, nomineeIds }));
    setPending(null);
    if (!result.ok) notify(result.error.message, 'error');
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    void save(next);
  };
  const setShown = (on: boolean) => {
    const next = new Set(chosen);
    for (const n of shown) {
      if (on) next.add(n.id);
      else next.delete(n.id);
    }
    void save(next);
  };

  return (
    <Card
      title={t('nominees.title')}
      description={t('nominees.lead')}
      aria-label={t('nominees.title')}
      actions={
        nominees.length > 0 ? (
          <>
            <Button size="sm" onClick={() => setShown(true)}>
              {t('nominees.all')}
            </Button>
            <Button size="sm" onClick={() => setShown(false)}>
              {t('nominees.none')}
            </Button>
          </>
        ) : null
      }
    >
      {nominees.length === 0 ? (
        <EmptyState
          icon="nominees"
          title={t('nominees.empty')}
          action={<Button onClick={() => go('nominees')}>{t('nominees.goToNominees')}</Button>}
        >
          {t('nominees.emptyText')}
        </EmptyState>
      ) : (
        <>
          <div className="nominee-pick__bar">
            <p className="muted" role="status">
              {t('nominees.selected', { selected: chosen.size, total: nominees.length })}
            </p>
            {nominees.length > 8 ? (
              <TextField
                fieldClassName="nominee-pick__filter"
                label={t('nominees.filter')}
                type="search"
                value={filter}
                onChange={setFilter}
              />
            ) : null}
          </div>
          {shown.length === 0 ? <p className="muted">{t('nominees.noMatch')}</p> : null}
          <ul className="nominee-pick" aria-label={t('nominees.title')}>
            {shown.map((n) => (
              <li key={n.id}>
                <Checkbox
                  className="nominee-pick__item"
                  checked={chosen.has(n.id)}
                  onChange={(on) => toggle(n.id, on)}
                  label={
                    <>
                      <span className="nominee-pick__name">{n.name}</span>
                      <Badge>{t(`nominees.kind.${n.kind}`)}</Badge>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
