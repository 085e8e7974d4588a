import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Card, Notice } from '../../ui/Card';
import { Select } from '../../ui/Field';
import { Icon } from '../../ui/Icon';
import { useNotify } from '../../ui/toast.store';
import { fileToBase64, isBallotFile, MAX_BALLOT_BYTES, saveDownload } from '../ballots/ballot-files';
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
  const notify = useNotify();
  const [format, setFormat] = useState<Format>('xlsx');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    const result = await api().indicator.template({ categoryId, format });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    saveDownload(result.value);
    notify(t('template.downloaded', { file: result.value.fileName }), 'success');
  };

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
  const [over, setOver] = useState(false);
  const disabled = busy === 'reading' || busy === 'importing';

  const take = async (picked: File | undefined) => {
    if (!picked) return;
    if (!isBallotFile(picked.name)) return fail({ code: 'invalid_input', message: t('upload.wrongType') });
    if (picked.size > MAX_BALLOT_BYTES) return fail({ code: 'invalid_input', message: t('upload.tooBig') });
    setReading();
    await choose({ fileName: picked.name, base64: await fileToBase64(picked) });
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) void take(event.dataTransfer.files[0]);
  };

  return (
    <Card title={t('upload.title')} description={t('upload.description')}>
      <label
        className={['file-drop', 'indicator-drop', over ? 'is-over' : '', disabled ? 'is-disabled' : ''].join(' ')}
        onDragOver={(e) => {
          e.preventDefault();
          if (!disabled) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Icon name="upload" size={24} />
        <span className="file-drop__label">{t('upload.file')}</span>
        <span className="indicator-drop__hint">
          {busy === 'reading' && file ? t('upload.reading', { file: file.fileName }) : t('upload.drop')}
        </span>
        <span
          className={['btn', 'btn--secondary', 'btn--md', disabled ? 'is-disabled' : ''].join(' ')}
          aria-hidden="true"
        >
          {t('upload.choose')}
        </span>
        <input
          className="visually-hidden"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={disabled}
          onChange={(e) => {
            void take(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
    </Card>
  );
}
