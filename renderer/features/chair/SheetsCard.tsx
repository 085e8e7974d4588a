import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, SheetStatus, SheetStatusRow } from '../../../shared/judging/judging.schema';
import { Badge, Card, EmptyState, Notice } from '../../ui/Card';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Field';
import { useNotify } from '../../ui/toast.store';
import { useChairActions, useSheets } from './chair.store';

type StatusFilter = '' | SheetStatus;

/** Every juror × category sheet: status, progress, and for the ketua the way to reopen it. */
export function SheetsCard({
  session,
  onReopen,
  onHistory,
}: {
  session: Session;
  onReopen: (row: SheetStatusRow) => void;
  onHistory: (row: SheetStatusRow) => void;
}) {
  const { t } = useTranslation('chair');
  const notify = useNotify();
  const { sheets: all, error, loading } = useSheets();
  // A category without judged criteria has nothing to fill in or submit.
  const sheets = useMemo(() => all.filter((r) => r.progress.due > 0), [all]);
  const { loadSheets } = useChairActions();
  const [category, setCategory] = useState('');
  const [status, setStatus] = useState<StatusFilter>('');

  const categories = useMemo(() => {
    const seen = new Map<string, string>();
    for (const row of sheets) seen.set(row.categoryId, row.category);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [sheets]);
  const shown = sheets.filter((r) => (!category || r.categoryId === category) && (!status || r.status === status));
  const submitted = sheets.filter((r) => r.status === 'submitted').length;

  const refresh = async () => {
    const result = await loadSheets();
    if (result.ok) notify(t('sheets.refreshed'), 'info');
  };

  return (
    <Card
      className="chair-sheets"
      aria-labelledby="chair-sheets-title"
      title={<span id="chair-sheets-title">{t('sheets.title')}</span>}
      description={<span data-testid="sheets-summary">{t('sheets.summary', { count: sheets.length, submitted })}</span>}
      actions={
        <Button className="chair-refresh" disabled={loading} onClick={() => void refresh()}>
          {t('sheets.refresh')}
        </Button>
      }
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      {!session.isChair ? <Notice>{t('sheets.reopenChairOnly')}</Notice> : null}
      <div className="chair-filters">
        <Select
          label={t('sheets.filterCategory')}
          value={category}
          onChange={setCategory}
          options={[{ value: '', label: t('sheets.allCategories') }, ...categories]}
        />
        <Select<StatusFilter>
          label={t('sheets.filterStatus')}
          value={status}
          onChange={setStatus}
          options={[
            { value: '', label: t('sheets.allStatuses') },
            { value: 'open', label: t('status_open') },
            { value: 'submitted', label: t('status_submitted') },
          ]}
        />
      </div>
      {shown.length === 0 ? (
        <EmptyState icon="categories" title={sheets.length === 0 ? t('sheets.empty') : t('sheets.emptyFiltered')} />
      ) : (
        <div className="table-scroll chair-table-scroll">
          <table className="table chair-table" aria-labelledby="chair-sheets-title">
            <thead>
              <tr>
                <th scope="col">{t('sheets.category')}</th>
                <th scope="col">{t('sheets.status')}</th>
                <th scope="col">{t('sheets.progress')}</th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">{t('sheets.reopen')}</span>
                </th>
              </tr>
            </thead>
            {byJuror(shown).map(([jurorId, rows]) => (
              <tbody key={jurorId}>
                <tr className="chair-table__group">
                  <th scope="colgroup" colSpan={4}>
                    {rows[0]?.juror}
                    <span className="chair-table__group-count">
                      {t('sheets.summary', {
                        count: rows.length,
                        submitted: rows.filter((r) => r.status === 'submitted').length,
                      })}
                    </span>
                  </th>
                </tr>
                {rows.map((row) => (
                  <SheetRow
                    key={row.categoryId}
                    row={row}
                    isChair={session.isChair}
                    onReopen={() => onReopen(row)}
                    onHistory={() => onHistory(row)}
                  />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </Card>
  );
}

/** Rows grouped by juror, in the order main gave them. */
function byJuror(rows: SheetStatusRow[]): [string, SheetStatusRow[]][] {
  const groups = new Map<string, SheetStatusRow[]>();
  for (const row of rows) groups.set(row.jurorId, [...(groups.get(row.jurorId) ?? []), row]);
  return [...groups];
}

function SheetRow({
  row,
  isChair,
  onReopen,
  onHistory,
}: {
  row: SheetStatusRow;
  isChair: boolean;
  onReopen: () => void;
  onHistory: () => void;
}) {
  const { t } = useTranslation('chair');
  const { done, due } = row.progress;
  const percent = due === 0 ? 0 : Math.round((done / due) * 100);
  const names = { juror: row.juror, category: row.category };
  const submitted = row.status === 'submitted';
  return (
    <tr data-juror={row.jurorId} data-category={row.categoryId}>
      <td className="chair-table__category">{row.category}</td>
      <td className="nowrap">
        <Badge tone={submitted ? 'success' : 'neutral'}>{t(`status_${row.status}`)}</Badge>
      </td>
      <td className="chair-progress">
        <span className="chair-progress__bar" aria-hidden="true">
          <span style={{ width: `${percent}%` }} className={done === due && due > 0 ? 'is-full' : undefined} />
        </span>
        <span className="chair-progress__text" title={t('sheets.progressLabel', { done, due })}>
          {t('sheets.progressValue', { done, due })}
        </span>
      </td>
      <td className="actions">
        <div className="chair-row-actions">
          <Button size="sm" variant="ghost" aria-label={t('sheets.historyFor', names)} onClick={onHistory}>
            {t('sheets.history')}
          </Button>
          {submitted ? (
            <Button
              size="sm"
              variant={isChair ? 'secondary' : 'ghost'}
              disabled={!isChair}
              aria-label={t('sheets.reopenFor', names)}
              title={isChair ? t('sheets.reopenFor', names) : t('sheets.reopenChairOnly')}
              onClick={onReopen}
            >
              {t('sheets.reopen')}
            </Button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
