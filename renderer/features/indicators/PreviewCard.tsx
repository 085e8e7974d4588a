import { useTranslation } from 'react-i18next';
import type { IndicatorPreview } from '../../../shared/indicators/indicator.schema';
import { Button } from '../../ui/Button';
import { Badge, Notice } from '../../ui/Card';
import { formatNumber } from '../../ui/format';
import { ImportPreviewCard } from '../../ui/ImportPreviewCard';
import { ProblemTable } from '../../ui/ProblemTable';
import { useNotify } from '../../ui/toast.store';
import { useIndicatorActions, useIndicators } from './indicators.store';

/** What main read from the file: problems first, then every value against the stored one. */
export function PreviewCard() {
  const { t } = useTranslation('indicators');
  const notify = useNotify();
  const { preview, imported, error, busy } = useIndicators();
  const { importFile } = useIndicatorActions();

  const run = async () => {
    const done = await importFile();
    if (done) notify(t('preview.imported', { count: done.changes, file: done.fileName }), 'success');
  };

  return (
    <ImportPreviewCard
      className="indicator-preview"
      title={t('preview.title')}
      preview={preview}
      error={error}
      imported={
        imported
          ? {
              title: t('preview.importedTitle'),
              message: t('preview.imported', { count: imported.changes, file: imported.fileName }),
            }
          : null
      }
    >
      {preview ? <PreviewBody preview={preview} busy={busy !== null} onImport={() => void run()} /> : null}
    </ImportPreviewCard>
  );
}

function PreviewBody({ preview, busy, onImport }: { preview: IndicatorPreview; busy: boolean; onImport: () => void }) {
  const { t, i18n } = useTranslation('indicators');
  const value = (v: number | null) => (v === null ? '—' : formatNumber(v, i18n.language));
  const problems = preview.problems.length;
  const canImport = problems === 0 && preview.changes > 0;
  const shown = [...preview.values].sort(
    (a, b) => Number(a.status === 'unchanged') - Number(b.status === 'unchanged') || a.row - b.row,
  );

  return (
    <div className="indicator-preview__body">
      <p>{t('preview.summary', { file: preview.fileName, sheet: preview.sheet, category: preview.category ?? '—' })}</p>
      <p className="indicator-summary" data-testid="indicator-summary">
        <Badge>{t('preview.values', { count: preview.values.length })}</Badge>
        <Badge tone="accent">{t('preview.changes', { count: preview.changes })}</Badge>
        <Badge>{t('preview.unchanged', { count: preview.unchanged })}</Badge>
        <Badge tone={problems > 0 ? 'warning' : 'success'}>{t('preview.problems', { count: problems })}</Badge>
      </p>

      {problems > 0 ? (
        <ProblemTable
          problems={preview.problems}
          title={t('preview.problemsTitle')}
          label={t('preview.problemsLabel')}
          headers={{ row: t('preview.row'), column: t('preview.column'), problem: t('preview.problem') }}
          wholeSheet={t('preview.wholeSheet')}
        />
      ) : null}

      {shown.length > 0 ? (
        <section aria-labelledby="indicator-changes-title">
          <h3 id="indicator-changes-title" className="indicator-subtitle">
            {t('preview.changesTitle')}
          </h3>
          <div className="table-scroll indicator-changes__scroll">
            <table className="table indicator-changes" aria-label={t('preview.changesLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('preview.row')}</th>
                  <th scope="col">{t('preview.nominee')}</th>
                  <th scope="col">{t('preview.criterion')}</th>
                  <th scope="col" className="num">
                    {t('preview.current')}
                  </th>
                  <th scope="col" className="num">
                    {t('preview.next')}
                  </th>
                  <th scope="col">{t('preview.status')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((v) => (
                  <tr key={`${v.nomineeId}/${v.criterionId}`} data-status={v.status}>
                    <td className="num">{v.row}</td>
                    <td>{v.nominee}</td>
                    <td>{v.criterion}</td>
                    <td className="num indicator-old">{value(v.current)}</td>
                    <td className="num indicator-new">{value(v.value)}</td>
                    <td>
                      <Badge tone={v.status === 'unchanged' ? 'neutral' : v.status === 'new' ? 'success' : 'accent'}>
                        {t(`preview.status_${v.status}`)}
                      </Badge>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {problems === 0 && preview.changes === 0 ? <Notice>{t('preview.noChanges')}</Notice> : null}

      <div className="indicator-actions">
        {problems > 0 ? <span className="indicator-actions__hint">{t('preview.importBlocked')}</span> : null}
        <Button variant="primary" icon="upload" disabled={!canImport || busy} onClick={onImport}>
          {busy ? t('preview.importing') : t('preview.import', { count: preview.changes })}
        </Button>
      </div>
    </div>
  );
}
