import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../shared/scoring/format-score';
import type { CategoryResult } from '../../../shared/scoring/scoring-result.schema';
import { useState } from 'react';
import type { TieBreakRecord } from '../../../shared/scoring/scoring-result.schema';
import { Button } from '../../ui/Button';
import { Badge, Card } from '../../ui/Card';
import { TieDialog } from './TieDialog';

/** The ranking with final scores (2 decimals, in the user's number style), winners and insufficient nominees. */
export function RankingTable({
  result,
  selectedId,
  onSelect,
  canDecideTies,
}: {
  result: CategoryResult;
  selectedId: string | null;
  onSelect: (nomineeId: string) => void;
  /** The ketua is signed in and the category's chain ends with the ketua's decision. */
  canDecideTies: boolean;
}) {
  const { t, i18n } = useTranslation('ranking');
  const [deciding, setDeciding] = useState<TieBreakRecord | null>(null);
  const nameOf = (id: string) => result.ranking.find((r) => r.nomineeId === id)?.name ?? id;
  const locale = i18n.language === 'en' ? 'en' : 'id';
  const titles = new Map(result.winners.map((w) => [w.nomineeId, w.title ?? t('winner', { rank: w.rank })]));
  return (
    <Card title={t('ranking')} description={t('rankingHint')} className="results-ranking">
      <table className="table results-table" aria-label={t('ranking')}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('rank')}
            </th>
            <th scope="col">{t('nominee')}</th>
            <th scope="col" className="num">
              {t('score')}
            </th>
            <th scope="col" className="num">
              {t('jurors')}
            </th>
            <th scope="col">{t('title_')}</th>
          </tr>
        </thead>
        <tbody>
          {result.ranking.map((r) => (
            <tr
              key={r.nomineeId}
              className={r.nomineeId === selectedId ? 'is-selected' : r.insufficient ? 'is-muted' : undefined}
            >
              <td className="num">{r.rank ?? '–'}</td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={r.nomineeId === selectedId}
                  onClick={() => onSelect(r.nomineeId)}
                >
                  {r.name}
                </button>
              </td>
              <td className="num results-score">{r.score ? formatScore(r.score, locale) : '–'}</td>
              <td className="num">{r.jurorCount}</td>
              <td>
                {r.insufficient ? (
                  <Badge tone="warning">{t(`insufficient.${r.insufficientReason ?? 'quorum'}`)}</Badge>
                ) : titles.has(r.nomineeId) ? (
                  <Badge tone="success">{titles.get(r.nomineeId)}</Badge>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.tieBreaks.length > 0 ? (
        <ul className="results-ties">
          {result.tieBreaks.map((tb) => (
            <li key={`${tb.rank}-${tb.nomineeIds.join()}`}>
              {t(`tie.${tb.kind}`, {
                rank: tb.rank,
                names: (tb.kind === 'chair' ? tb.groups.flat() : tb.nomineeIds).map(nameOf).join(', '),
                reason: tb.reason ?? '',
              })}
              {canDecideTies && (tb.kind === 'shared' || tb.kind === 'chair') ? (
                <Button size="sm" variant={tb.kind === 'shared' ? 'primary' : 'ghost'} onClick={() => setDeciding(tb)}>
                  {t(tb.kind === 'shared' ? 'tieDecision.open' : 'tieDecision.change')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {deciding ? (
        <TieDialog
          categoryId={result.categoryId}
          rank={deciding.rank}
          nominees={(deciding.kind === 'chair' ? deciding.groups.flat() : deciding.nomineeIds).map((id) => ({
            id,
            name: nameOf(id),
          }))}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </Card>
  );
}
