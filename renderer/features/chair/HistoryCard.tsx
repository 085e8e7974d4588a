import { useTranslation } from 'react-i18next';
import type { AwardSetup } from '../../../shared/award/award.schema';
import type { HistoryEntry } from '../../../shared/judging/judging.schema';
import { Button } from '../../ui/Button';
import { Badge, Card, EmptyState, Notice } from '../../ui/Card';
import { Select } from '../../ui/Field';
import { EMPTY_QUERY, HISTORY_LIMIT, useChairActions, useHistory, type HistoryQuery } from './chair.store';
import { describeChange, describeSource, formatEventTime } from './history-format';

/** The append-only history of every juror, filtered down to one juror, sheet or cell. */
export function HistoryCard({ setup }: { setup: AwardSetup }) {
  const { t } = useTranslation('chair');
  const { query, entries, error } = useHistory();
  const { setQuery } = useChairActions();
  const category = setup.categories.find((c) => c.id === query.categoryId);
  const all = { value: '', label: t('history.all') };
  const nominees = category ? setup.nominees.filter((n) => category.nomineeIds.includes(n.id)) : setup.nominees;
  const criteria = category
    ? category.criteria.map((k) => ({ value: k.id, label: k.name }))
    : setup.categories.flatMap((c) => c.criteria.map((k) => ({ value: k.id, label: `${c.name} — ${k.name}` })));
  const filtered = Object.values(query).some((v) => v !== '');

  const pickCategory = (categoryId: string) => {
    const next = setup.categories.find((c) => c.id === categoryId);
    const keep: Partial<HistoryQuery> = { categoryId };
    // A nominee or criterion outside the new category would make the filter match nothing.
    if (next && query.nomineeId && !next.nomineeIds.includes(query.nomineeId)) keep.nomineeId = '';
    if (next && query.criterionId && !next.criteria.some((k) => k.id === query.criterionId)) keep.criterionId = '';
    setQuery(keep);
  };

  return (
    <Card
      id="chair-history"
      className="chair-history"
      aria-labelledby="chair-history-title"
      title={<span id="chair-history-title">{t('history.title')}</span>}
      description={t('history.description')}
      actions={
        filtered ? (
          <Button size="sm" variant="ghost" onClick={() => setQuery(EMPTY_QUERY)}>
            {t('history.reset')}
          </Button>
        ) : undefined
      }
    >
      <div className="chair-filters chair-filters--4" role="search" aria-label={t('history.title')}>
        <Select
          label={t('history.juror')}
          value={query.jurorId}
          onChange={(jurorId) => setQuery({ jurorId })}
          options={[all, ...setup.jurors.map((j) => ({ value: j.id, label: j.name }))]}
        />
        <Select
          label={t('history.category')}
          value={query.categoryId}
          onChange={pickCategory}
          options={[all, ...setup.categories.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <Select
          label={t('history.nominee')}
          value={query.nomineeId}
          onChange={(nomineeId) => setQuery({ nomineeId })}
          options={[all, ...nominees.map((n) => ({ value: n.id, label: n.name }))]}
        />
        <Select
          label={t('history.criterion')}
          value={query.criterionId}
          onChange={(criterionId) => setQuery({ criterionId })}
          options={[{ value: '', label: t('history.allCriteria') }, ...criteria]}
        />
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {entries.length === 0 ? (
        <EmptyState icon="search" title={t('history.empty')} />
      ) : (
        <>
          <p className="chair-history__count" data-testid="history-count">
            {t('history.count', { count: entries.length })}
          </p>
          <div className="table-scroll">
            <table className="table chair-history__table" aria-labelledby="chair-history-title">
              <thead>
                <tr>
                  <th scope="col">{t('history.time')}</th>
                  <th scope="col">{t('history.juror')}</th>
                  <th scope="col">{t('history.what')}</th>
                  <th scope="col">{t('history.cell')}</th>
                  <th scope="col">{t('history.change')}</th>
                  <th scope="col">{t('history.source')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <HistoryRow key={`${entry.deviceId}/${entry.seq}`} entry={entry} setup={setup} />
                ))}
              </tbody>
            </table>
          </div>
          {entries.length >= HISTORY_LIMIT ? <Notice>{t('history.limited', { count: HISTORY_LIMIT })}</Notice> : null}
        </>
      )}
    </Card>
  );
}

function HistoryRow({ entry, setup }: { entry: HistoryEntry; setup: AwardSetup }) {
  const { t, i18n } = useTranslation('chair');
  const category = setup.categories.find((c) => c.id === entry.categoryId);
  const actor = entry.actor?.name ?? t('history.system');
  const tone = entry.type === 'reopen' ? 'warning' : entry.type === 'submit' ? 'success' : 'neutral';
  return (
    <tr data-type={entry.type}>
      <td className="nowrap">
        <time dateTime={entry.at}>{formatEventTime(entry.at, i18n.language)}</time>
        <span className="cell-sub chair-history__device" title={t('history.deviceFull', { id: entry.deviceId })}>
          {t('history.deviceShort', { id: entry.deviceId.slice(0, 8) })}
        </span>
      </td>
      <td>
        {entry.juror?.name ?? '—'}
        {actor !== entry.juror?.name ? <span className="cell-sub">{t('history.by', { name: actor })}</span> : null}
      </td>
      <td>
        <Badge tone={tone}>{t(`history.type_${entry.type}`)}</Badge>
        {category ? <span className="cell-sub">{category.name}</span> : null}
      </td>
      <td>
        {entry.nominee?.name ?? '—'}
        {entry.criterion ? <span className="cell-sub">{entry.criterion.name}</span> : null}
      </td>
      <td className="chair-history__change">
        {describeChange(entry, t, i18n.language, (id) => setup.nominees.find((n) => n.id === id)?.name ?? id)}
      </td>
      <td className="chair-history__source">{describeSource(entry.source, t)}</td>
    </tr>
  );
}
