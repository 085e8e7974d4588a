import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../shared/scoring/format-score';
import type { CategoryResult } from '../../../shared/scoring/scoring-result.schema';
import { Card } from '../../ui/Card';

/** Colour of a 0–100 total: pale for low, deep blue for high (readable text either way). */
const shade = (value: number) => `hsl(212 70% ${Math.round(96 - value * 0.5)}%)`;

/** Juror × nominee: each juror's weighted total, so a lenient or harsh juror shows as a lighter or darker row. */
export function Heatmap({ result, jurorName }: { result: CategoryResult; jurorName: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation('ranking');
  const locale = i18n.language === 'en' ? 'en' : 'id';
  const jurorIds = result.ranking[0]?.breakdown.jurors.map((j) => j.jurorId) ?? [];
  return (
    <Card title={t('heatmap')} description={t('heatmapHint')} className="results-heatmap">
      <div className="results-scroll">
        <table className="heatmap" aria-label={t('heatmap')}>
          <thead>
            <tr>
              <th scope="col">{t('juror')}</th>
              {result.ranking.map((r) => (
                <th key={r.nomineeId} scope="col" title={r.name}>
                  <span className="heatmap__name">{r.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {jurorIds.map((jurorId) => (
              <tr key={jurorId}>
                <th scope="row">{jurorName.get(jurorId) ?? jurorId}</th>
                {result.ranking.map((r) => {
                  const j = r.breakdown.jurors.find((x) => x.jurorId === jurorId);
                  if (!j?.total) {
                    return (
                      <td
                        key={r.nomineeId}
                        className="heatmap__empty"
                        title={t(`jurorStatus.${j?.status ?? 'missing'}`)}
                      >
                        {j?.status === 'conflict' ? '×' : ''}
                      </td>
                    );
                  }
                  return (
                    <td
                      key={r.nomineeId}
                      style={{ background: shade(j.total.value), color: j.total.value > 70 ? '#fff' : undefined }}
                    >
                      {formatScore(j.total, locale, 0)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
