import { memo, useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, Nominee } from '../../../shared/award/award.schema';
import { IconButton } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Badge, Card } from '../../ui/Card';
import { CustomNomineeForm } from './CustomNomineeForm';
import { useEditingNominee, useNomineeFilter, useRemovingNominee } from './nominees.store';

const KIND_TONE = { province: 'accent', regency: 'neutral', city: 'success', custom: 'warning' } as const;

const normalise = (s: string) => s.toLocaleLowerCase('id');

/** All nominees of the award with kind, code and category count; filterable, editable, removable. */
export function NomineeList({ nominees, categories }: { nominees: Nominee[]; categories: Category[] }) {
  const { t } = useTranslation('nominees');
  const headingId = useId();
  const [filter, setFilter] = useNomineeFilter();
  // The input updates at once; the 514-row table follows when React has time.
  const deferred = useDeferredValue(filter);
  const [editingId, setEditingId] = useEditingNominee();
  const [, setRemovingId] = useRemovingNominee();

  const categoryCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of categories) for (const id of c.nomineeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [categories]);

  // Rows that do not match are hidden, not unmounted: clearing the filter then re-renders nothing.
  const matching = useMemo(() => {
    const q = normalise(deferred.trim());
    if (!q) return null;
    return new Set(
      nominees.filter((n) => normalise(n.name).includes(q) || (n.regionCode ?? '').startsWith(q)).map((n) => n.id),
    );
  }, [nominees, deferred]);
  const visibleCount = matching ? matching.size : nominees.length;

  return (
    <Card
      className="nom-list"
      aria-labelledby={headingId}
      title={
        <span id={headingId}>
          {t('listTitle')} <span className="nom-count">{t('count', { count: nominees.length })}</span>
        </span>
      }
      actions={
        <TextField
          label={t('filter')}
          type="search"
          placeholder={t('filterPlaceholder')}
          value={filter}
          onChange={setFilter}
          fieldClassName="nom-filter"
        />
      }
    >
      {nominees.length === 0 && <p className="nom-empty">{t('empty')}</p>}
      {nominees.length > 0 && visibleCount === 0 && <p className="nom-empty">{t('noMatch', { filter: deferred })}</p>}
      {nominees.length > 0 && (
        <table className="table nom-table" aria-labelledby={headingId} hidden={visibleCount === 0}>
          <thead>
            <tr>
              <th scope="col">{t('colCode')}</th>
              <th scope="col">{t('colName')}</th>
              <th scope="col">{t('colKind')}</th>
              <th scope="col">{t('colCategories')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {nominees.map((n) =>
              n.id === editingId ? (
                <tr key={n.id} className="nom-row-editing" hidden={matching !== null && !matching.has(n.id)}>
                  <td colSpan={5}>
                    <CustomNomineeForm nominee={n} onDone={() => setEditingId(null)} />
                  </td>
                </tr>
              ) : (
                <NomineeRow
                  key={n.id}
                  nominee={n}
                  hidden={matching !== null && !matching.has(n.id)}
                  categories={categoryCount.get(n.id) ?? 0}
                  onEdit={setEditingId}
                  onRemove={setRemovingId}
                />
              ),
            )}
          </tbody>
        </table>
      )}
    </Card>
  );
}

interface RowProps {
  nominee: Nominee;
  hidden: boolean;
  categories: number;
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
}

const NomineeRow = memo(function NomineeRow({ nominee: n, hidden, categories, onEdit, onRemove }: RowProps) {
  const { t } = useTranslation('nominees');
  return (
    <tr hidden={hidden}>
      <td className="nom-code">{n.regionCode ?? t('noCode')}</td>
      <th scope="row" className="nom-name">
        {n.name}
        {n.description && <span className="nom-description">{n.description}</span>}
      </th>
      <td>
        <Badge tone={KIND_TONE[n.kind]}>{t(`kind_${n.kind}`)}</Badge>
      </td>
      <td className="nom-categories">{t('categories', { count: categories })}</td>
      <td className="actions nom-row-actions">
        {n.kind === 'custom' && (
          <IconButton icon="edit" label={t('editNominee', { name: n.name })} onClick={() => onEdit(n.id)} />
        )}
        <IconButton
          icon="trash"
          variant="danger"
          label={t('removeNominee', { name: n.name })}
          onClick={() => onRemove(n.id)}
        />
      </td>
    </tr>
  );
});
