import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/judging/judging.schema';
import { Badge, Card, EmptyState, Notice } from '../../ui/Card';
import { Icon } from '../../ui/Icon';
import { ProgressBar } from './ProgressBar';
import { useScoringActions } from './scoring.store';

/** The juror's categories with progress and sheet status; choosing one opens its sheet. */
export function CategoryList({ overview }: { overview: Overview }) {
  const { t } = useTranslation('scoring');
  const { openCategory } = useScoringActions();
  const scorable = overview.categories.filter((c) => c.judgedCriteria > 0);
  return (
    <Card
      title={t('overview.title')}
      description={t('overview.description')}
      actions={<ProgressBar progress={overview.progress} label={t('overview.overall')} testId="overall-progress" />}
    >
      {overview.released ? <Notice tone="info">{t('overview.released')}</Notice> : null}
      {scorable.length === 0 ? (
        <EmptyState icon="categories" title={t('overview.none')} />
      ) : (
        <ul className="sc-categories" aria-label={t('overview.title')}>
          {overview.categories.map((c) => {
            const disabled = c.judgedCriteria === 0;
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className="sc-category"
                  data-category={c.id}
                  disabled={disabled}
                  onClick={() => void openCategory(c.id)}
                >
                  <span className="sc-category__name">{c.name}</span>
                  {disabled ? (
                    <span className="sc-muted">{t('overview.noJudged')}</span>
                  ) : (
                    <>
                      <ProgressBar progress={c.progress} label={t('overview.progressOf', { category: c.name })} />
                      {c.status === 'submitted' ? (
                        <Badge tone="success">{t('status.submitted')}</Badge>
                      ) : (
                        <Badge tone="accent">{t('status.open')}</Badge>
                      )}
                      <Icon name="edit" size={16} />
                    </>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
