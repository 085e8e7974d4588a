import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../shared/scoring/format-score';
import type { CategoryResult } from '../../../shared/scoring/scoring-result.schema';
import { Card } from '../../ui/Card';

const ROW = 26;
const LABEL = 220;
const WIDTH = 760;
const PLOT = WIDTH - LABEL - 60;
const x = (value: number) => LABEL + (Math.max(0, Math.min(100, value)) / 100) * PLOT;

/** Each nominee's juror totals on 0–100 (dots), their range (line) and the final score (diamond). */
export function SpreadChart({ result, jurorName }: { result: CategoryResult; jurorName: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation('ranking');
  const locale = i18n.language === 'en' ? 'en' : 'id';
  const height = result.ranking.length * ROW + 30;
  return (
    <Card title={t('spread')} description={t('spreadHint')} className="results-spread">
      <svg
        className="spread"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={t('spread')}
        preserveAspectRatio="xMinYMin meet"
      >
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={4} y2={height - 22} className="spread__grid" />
            <text x={x(tick)} y={height - 6} className="spread__tick" textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {result.ranking.map((r, i) => {
          const y = 16 + i * ROW;
          const totals = r.breakdown.jurors.flatMap((j) =>
            j.total ? [{ id: j.jurorId, value: j.total.value, dropped: j.dropped }] : [],
          );
          const values = totals.map((v) => v.value);
          return (
            <g key={r.nomineeId}>
              <text x={LABEL - 10} y={y + 4} className="spread__label" textAnchor="end">
                {r.name.length > 30 ? `${r.name.slice(0, 29)}…` : r.name}
              </text>
              {values.length > 1 ? (
                <line x1={x(Math.min(...values))} x2={x(Math.max(...values))} y1={y} y2={y} className="spread__range" />
              ) : null}
              {totals.map((v) => (
                <circle
                  key={v.id}
                  cx={x(v.value)}
                  cy={y}
                  r={4}
                  className={v.dropped ? 'spread__dot spread__dot--dropped' : 'spread__dot'}
                >
                  <title>{`${jurorName.get(v.id) ?? v.id}: ${v.value.toFixed(2)}`}</title>
                </circle>
              ))}
              {r.score ? (
                <g>
                  <rect
                    x={x(r.score.value) - 5}
                    y={y - 5}
                    width={10}
                    height={10}
                    transform={`rotate(45 ${x(r.score.value)} ${y})`}
                    className="spread__score"
                  />
                  <text x={WIDTH - 50} y={y + 4} className="spread__value">
                    {formatScore(r.score, locale)}
                  </text>
                </g>
              ) : null}
            </g>
          );
        })}
      </svg>
    </Card>
  );
}
