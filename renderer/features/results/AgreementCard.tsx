import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../../shared/scoring/analysis.schema';
import { describeVerdict } from '../../../shared/scoring/verdict';
import { Badge, Card } from '../../ui/Card';
import { formatNumber } from '../../ui/format';

/** Kendall's W with its p, each juror's agreement with the others, and the verdict in plain words. */
export function AgreementCard({ analysis, jurorName }: { analysis: Analysis; jurorName: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation('ranking');
  const n = (v: number | null, digits = 3) => (v === null ? '–' : formatNumber(v, i18n.language, digits));
  const [head, ...notes] = describeVerdict(i18n.t, analysis);
  const { agreement } = analysis;
  const tone = analysis.verdict.status === 'stable' ? 'success' : 'warning';
  return (
    <Card title={t('agreement')} className="results-agreement">
      <p className={`results-verdict results-verdict--${tone}`} data-testid="verdict">
        {head}
      </p>
      {notes.length > 0 ? (
        <ul className="results-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <dl className="results-figures">
        <div>
          <dt>{t('kendallW')}</dt>
          <dd data-testid="kendall-w">{n(agreement.kendallW)}</dd>
        </div>
        <div>
          <dt>{t('pValue')}</dt>
          <dd>{n(agreement.p, 4)}</dd>
        </div>
        <div>
          <dt>{t('block')}</dt>
          <dd>{t('blockValue', { jurors: agreement.jurorIds.length, nominees: agreement.nomineeIds.length })}</dd>
        </div>
      </dl>
      <table className="table results-jurors" aria-label={t('spearman')}>
        <thead>
          <tr>
            <th scope="col">{t('juror')}</th>
            <th scope="col" className="num">
              {t('spearman')}
            </th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {analysis.jurors.map((j) => (
            <tr key={j.jurorId}>
              <td>{jurorName.get(j.jurorId) ?? j.jurorId}</td>
              <td className="num">{n(j.spearman, 2)}</td>
              <td>{j.outlier ? <Badge tone="warning">{t('outlier')}</Badge> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="results-weight">{t('spearmanHint')}</p>
    </Card>
  );
}
