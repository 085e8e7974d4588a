import { useTranslation } from 'react-i18next';
import type { Category } from '../../../shared/award/award.schema';
import { formatScore } from '../../../shared/scoring/format-score';
import type { ScoringMethod } from '../../../shared/scoring/scoring-input.schema';
import type { NomineeResult } from '../../../shared/scoring/scoring-result.schema';
import { Badge, Card } from '../../ui/Card';
import { formatNumber } from '../../ui/format';

/** How one nominee's score rolled up: each juror's raw scores and weighted total, then each criterion's consensus. */
export function BreakdownCard({
  nominee,
  category,
  jurorName,
  method,
}: {
  nominee: NomineeResult;
  category: Category;
  jurorName: ReadonlyMap<string, string>;
  method: ScoringMethod;
}) {
  const { t, i18n } = useTranslation('ranking');
  const locale = i18n.language === 'en' ? 'en' : 'id';
  const n = (v: number | null) => (v === null ? '–' : formatNumber(v, i18n.language, 2));
  const criteria = category.criteria;
  return (
    <Card
      title={t('breakdownTitle', { name: nominee.name })}
      description={t('breakdownHint', { method: t(`method.${method}`) })}
      className="results-breakdown"
    >
      <div className="results-scroll">
        <table className="table" aria-label={t('breakdownTitle', { name: nominee.name })}>
          <thead>
            <tr>
              <th scope="col">{t('juror')}</th>
              {criteria.map((k) => (
                <th key={k.id} scope="col" className="num">
                  {k.name}
                </th>
              ))}
              <th scope="col" className="num">
                {t('total')}
              </th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {nominee.breakdown.jurors.map((j) => (
              <tr key={j.jurorId} className={j.status === 'counted' && !j.dropped ? undefined : 'is-muted'}>
                <td>{jurorName.get(j.jurorId) ?? j.jurorId}</td>
                {criteria.map((k) => {
                  const c = j.criteria.find((x) => x.criterionId === k.id);
                  return (
                    <td key={k.id} className="num">
                      {k.kind === 'indicator' ? n(c?.mapped ?? null) : n(c?.raw ?? null)}
                    </td>
                  );
                })}
                <td className="num">{j.total ? formatScore(j.total, locale) : '–'}</td>
                <td>
                  <Badge tone={j.status === 'counted' ? 'neutral' : 'warning'}>
                    {j.dropped ? t('dropped') : t(`jurorStatus.${j.status}`)}
                  </Badge>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{t('consensus')}</td>
              {criteria.map((k) => {
                const c = nominee.breakdown.criteria.find((x) => x.criterionId === k.id);
                return (
                  <td key={k.id} className="num">
                    {c?.consensus ? formatScore(c.consensus, locale) : '–'}
                    <span className="results-weight">{t('share', { share: n((c?.weightShare ?? 0) * 100) })}</span>
                  </td>
                );
              })}
              <td className="num results-score">{nominee.score ? formatScore(nominee.score, locale) : '–'}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </Card>
  );
}
