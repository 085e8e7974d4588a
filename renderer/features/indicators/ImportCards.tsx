import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Card, Notice } from '../../ui/Card';
import { Select } from '../../ui/Field';
import { FileDropCard } from '../../ui/FileDropCard';
import { fileToBase64, SPREADSHEET_ACCEPT, spreadsheetProblem } from '../../ui/files';
import { useDownload } from '../../ui/use-download';
import { useIndicatorActions, useIndicators } from './indicators.store';

type Format = 'xlsx' | 'csv';

/** Step 1, the template of the category; step 2, the file to read (chosen or dropped). */
export function ImportCards({ categoryId }: { categoryId: string }) {
  return (
    <div className="indicator-steps">
      <TemplateCard categoryId={categoryId} />
      <UploadCard />
    </div>
  );
}

function TemplateCard({ categoryId }: { categoryId: string }) {
  const { t } = useTranslation('indicators');
  const [format, setFormat] = useState<Format>('xlsx');
  const { busy, error, download: save } = useDownload();
  const download = () =>
    save(
      () => api().indicator.template({ categoryId, format }),
      (file) => t('template.downloaded', { file }),
    );

  return (
    <Card title={t('template.title')} description={t('template.description')}>
      <Select<Format>
        label={t('template.format')}
        value={format}
        onChange={setFormat}
        options={[
          { value: 'xlsx', label: t('template.xlsx') },
          { value: 'csv', label: t('template.csv') },
        ]}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="indicator-actions">
        <Button variant="primary" icon="download" disabled={busy} onClick={() => void download()}>
          {t('template.download')}
        </Button>
      </div>
    </Card>
  );
}

function UploadCard() {
  const { t } = useTranslation('indicators');
  const { busy, file } = useIndicators();
  const { choose, setReading, fail } = useIndicatorActions();

  const take = async (picked: File) => {
    const problem = spreadsheetProblem(picked);
    if (problem) return fail({ code: 'invalid_input', message: t(`upload.${problem}`) });
    setReading();
    await choose({ fileName: picked.name, base64: await fileToBase64(picked) });
  };

  return (
    <FileDropCard
      dropClassName="indicator-drop"
      title={t('upload.title')}
      description={t('upload.description')}
      label={t('upload.file')}
      hint={busy === 'reading' && file ? t('upload.reading', { file: file.fileName }) : t('upload.drop')}
      chooseLabel={t('upload.choose')}
      accept={SPREADSHEET_ACCEPT}
      disabled={busy === 'reading' || busy === 'importing'}
      onFile={(picked) => void take(picked)}
    />
  );
}
