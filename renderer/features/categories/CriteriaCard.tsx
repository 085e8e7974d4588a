import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardSetup, Category, Criterion } from '../../../shared/award/award.schema';
import type { Envelope } from '../../../shared/ipc/envelope';
import { api } from '../../platform/api';
import { useApply } from '../award/award.store';
import { Badge, Card, EmptyState, Notice } from '../../ui/Card';
import { Button, IconButton } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/Dialog';
import { formatNumber } from '../../ui/format';
import { useNotify } from '../../ui/toast.store';
import { CriterionDialog } from './CriterionDialog';

/** The criteria of one category with their weights, and a warning when the weights do not add up to 100. */
export function CriteriaCard({ category }: { category: Category }) {
  const { t, i18n } = useTranslation('categories');
  const apply = useApply();
  const notify = useNotify();
  const [editing, setEditing] = useState<Criterion | 'new' | null>(null);
  const [removing, setRemoving] = useState<Criterion | null>(null);
  const n = (v: number) => formatNumber(v, i18n.language);
  const criteria = category.criteria;
  // Sum in ten-thousandths: weights have at most 4 decimals, so the total stays exact.
  const total = criteria.reduce((sum, c) => sum + Math.round(c.weight * 10_000), 0) / 10_000;

  const run = async (pending: Promise<Envelope<AwardSetup>>) => {
    const result = await apply(pending);
    if (!result.ok) notify(result.error.message, 'error');
  };

  return (
    <Card
      title={t('criteria.title')}
      description={t('criteria.lead')}
      aria-label={t('criteria.title')}
      actions={
        criteria.length > 0 ? (
          <Button icon="plus" variant="primary" onClick={() => setEditing('new')}>
            {t('criteria.add')}
          </Button>
        ) : null
      }
    >
      {criteria.length === 0 ? (
        <EmptyState
          icon="categories"
          title={t('criteria.empty')}
          action={
            <Button variant="primary" icon="plus" onClick={() => setEditing('new')}>
              {t('criteria.add')}
            </Button>
          }
        >
          {t('criteria.emptyText')}
        </EmptyState>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table criteria-table" aria-label={t('criteria.title')}>
              <thead>
                <tr>
                  <th className="num">{t('criteria.columns.order')}</th>
                  <th>{t('criteria.columns.name')}</th>
                  <th>{t('criteria.columns.kind')}</th>
                  <th className="num">{t('criteria.columns.weight')}</th>
                  <th>{t('criteria.columns.scale')}</th>
                  <th className="actions">
                    <span className="visually-hidden">{t('common:edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {criteria.map((c, i) => (
                  <tr key={c.id}>
                    <td className="num muted">{i + 1}</td>
                    <td>
                      <strong>{c.name}</strong>
                      {c.description ? <span className="cell-sub">{c.description}</span> : null}
                      {c.kind === 'judged' && c.rubric.length > 0 ? (
                        <span className="cell-sub">{t('criteria.rubricLevels', { count: c.rubric.length })}</span>
                      ) : null}
                    </td>
                    <td>
                      <Badge tone={c.kind === 'judged' ? 'accent' : 'success'}>{t(`criteria.kind.${c.kind}`)}</Badge>
                      {c.kind === 'indicator' ? (
                        <span className="cell-sub">
                          {c.unit ? `${c.unit} · ` : ''}
                          {t(`criteria.direction.${c.direction}`)}
                        </span>
                      ) : null}
                    </td>
                    <td className="num">{n(c.weight)}</td>
                    <td>
                      <span className="nowrap">
                        {t('criteria.scaleRange', { min: n(c.scale.min), max: n(c.scale.max) })}
                      </span>{' '}
                      <span className="nowrap">{t('criteria.scaleStep', { step: n(c.scale.step) })}</span>
                    </td>
                    <td className="actions">
                      <IconButton
                        icon="up"
                        label={t('criteria.moveUp', { name: c.name })}
                        disabled={i === 0}
                        onClick={() => void run(api().criterion.move({ id: c.id, offset: -1 }))}
                      />
                      <IconButton
                        icon="down"
                        label={t('criteria.moveDown', { name: c.name })}
                        disabled={i === criteria.length - 1}
                        onClick={() => void run(api().criterion.move({ id: c.id, offset: 1 }))}
                      />
                      <IconButton
                        icon="edit"
                        label={t('criteria.edit', { name: c.name })}
                        onClick={() => setEditing(c)}
                      />
                      <IconButton
                        icon="trash"
                        variant="danger"
                        label={t('criteria.remove', { name: c.name })}
                        onClick={() => setRemoving(c)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td />
                  <td colSpan={2}>{t('criteria.total')}</td>
                  <td className={['num', total === 100 ? '' : 'text-warning'].join(' ')} data-testid="weight-total">
                    {n(total)}
                  </td>
                  <td colSpan={2} />
                </tr>
              </tfoot>
            </table>
          </div>
          {total !== 100 ? <Notice tone="warning">{t('criteria.totalWarning', { total: n(total) })}</Notice> : null}
        </>
      )}
      {editing ? (
        <CriterionDialog
          categoryId={category.id}
          categoryName={category.name}
          criterion={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('criteria.removeTitle')}
          message={t('criteria.removeMessage', { name: removing.name })}
          confirmLabel={t('common:remove')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(null);
            void run(api().criterion.remove({ id }));
          }}
        />
      ) : null}
    </Card>
  );
}
