import { useTranslation } from 'react-i18next';
import type { BallotPreview } from '../../../shared/judging/ballot.schema';
import { Button } from '../../ui/Button';
import { Badge, Notice } from '../../ui/Card';
import { formatNumber } from '../../ui/format';
import { ImportPreviewCard } from '../../ui/ImportPreviewCard';
import { ProblemTable } from '../../ui/ProblemTable';
import { useNotify } from '../../ui/toast.store';
import { useBallotActions, useBallots } from './ballots.store';

/** What main read from the file: problems first, then the scores an import would write. */
export function PreviewCard() {
  const { t } = useTranslation('ballots');
  const notify = useNotify();
  const { preview, imported, error, busy } = useBallots();
  const { importFile } = useBallotActions();

  const run = async () => {
    const result = await importFile();
    if (result.ok) {
      const { changes, fileName, juror } = result.preview;
      notify(t('preview.imported', { count: changes, file: fileName, juror: juror.name }), 'success');
    }
  };

  return (
    <ImportPreviewCard
      className="ballot-preview"
      title={t('preview.title')}
      preview={preview}
      error={error}
      imported={
        imported
          ? {
              title: t('preview.importedTitle'),
              message: t('preview.imported', {
                count: imported.changes,
                file: imported.fileName,
                juror: imported.juror.name,
              }),
            }
          : null
      }
    >
      {preview ? <PreviewBody preview={preview} busy={busy !== null} onImport={() => void run()} /> : null}
    </ImportPreviewCard>
  );
}

function PreviewBody({ preview, busy, onImport }: { preview: BallotPreview; busy: boolean; onImport: () => void }) {
  const { t, i18n } = useTranslation('ballots');
  const value = (v: number | null) => (v === null ? t('preview.empty') : formatNumber(v, i18n.language));
  const changed = preview.cells.filter((c) => c.current !== c.value);
  const problems = preview.problems.length;
  const canImport = problems === 0 && preview.changes > 0;
  const manySheets = preview.sheets.length > 1;

  return (
    <div className="ballot-preview__body">
      <p className="ballot-preview__file">
        {t('preview.summary', { file: preview.fileName, juror: preview.juror.name })}
      </p>
      <p className="ballot-summary" data-testid="ballot-summary">
        <Badge>{t('preview.cells', { count: preview.cells.length })}</Badge>
        <Badge tone="accent">{t('preview.changes', { count: preview.changes })}</Badge>
        <Badge tone={problems > 0 ? 'warning' : 'success'}>{t('preview.problems', { count: problems })}</Badge>
      </p>
      {preview.sheets.length > 0 ? (
        <p className="ballot-sheets">
          <span className="ballot-sheets__label">{t('preview.sheets')}:</span>{' '}
          {preview.sheets
            .map((s) =>
              t('preview.sheetRows', {
                sheet: s.sheet,
                category: s.category ?? t('preview.unknownCategory'),
                count: s.rows,
              }),
            )
            .join(' · ')}
        </p>
      ) : null}

      {problems > 0 ? (
        <ProblemTable
          className="ballot-table"
          problems={preview.problems}
          title={t('preview.problemsTitle')}
          label={t('preview.problemsLabel')}
          headers={{
            sheet: t('preview.sheet'),
            row: t('preview.row'),
            column: t('preview.column'),
            problem: t('preview.problem'),
          }}
          wholeSheet={t('preview.wholeSheet')}
        />
      ) : null}

      {changed.length > 0 ? (
        <section className="ballot-changes" aria-labelledby="ballot-changes-title">
          <h3 id="ballot-changes-title" className="ballot-changes__title">
            {t('preview.changesTitle')}
          </h3>
          <div className="table-scroll ballot-changes__scroll">
            <table className="table ballot-table" aria-label={t('preview.changesLabel')}>
              <thead>
                <tr>
                  {manySheets ? <th scope="col">{t('preview.sheet')}</th> : null}
                  <th scope="col">{t('preview.row')}</th>
                  <th scope="col">{t('preview.nominee')}</th>
                  <th scope="col">{t('preview.criterion')}</th>
                  <th scope="col" className="num">
                    {t('preview.current')}
                  </th>
                  <th scope="col" className="num">
                    {t('preview.next')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {changed.map((c) => (
                  <tr key={`${c.categoryId}/${c.nomineeId}/${c.criterionId}`}>
                    {manySheets ? <td className="nowrap">{c.sheet}</td> : null}
                    <td className="num">{c.row}</td>
                    <td>{c.nominee}</td>
                    <td>{c.criterion}</td>
                    <td className="num ballot-old">{value(c.current)}</td>
                    <td className="num ballot-new">{value(c.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : problems === 0 ? (
        <Notice>{t('preview.noChanges')}</Notice>
      ) : null}

      <div className="ballot-actions">
        {!canImport && problems > 0 ? <span className="ballot-actions__hint">{t('preview.importBlocked')}</span> : null}
        <Button variant="primary" icon="upload" disabled={!canImport || busy} onClick={onImport}>
          {busy ? t('preview.importing') : t('preview.import', { count: preview.changes })}
        </Button>
      </div>
    </div>
  );
}
