import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/Card';
import { Icon } from '../../ui/Icon';
import { fileToBase64, isBallotFile, MAX_BALLOT_BYTES } from './ballot-files';
import { useBallotActions, useBallots } from './ballots.store';

/** Choose or drop the filled-in CSV/XLSX; main reads it and answers with a preview. */
export function UploadCard() {
  const { t } = useTranslation('ballots');
  const { jurorId, busy, file } = useBallots();
  const { choose, setReading, fail } = useBallotActions();
  const [over, setOver] = useState(false);
  const disabled = !jurorId || busy !== null;

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
    <Card className="ballot-upload" title={t('upload.title')} description={t('upload.description')}>
      <label
        className={['file-drop', 'ballot-drop', over ? 'is-over' : '', disabled ? 'is-disabled' : ''].join(' ')}
        onDragOver={(e) => {
          e.preventDefault();
          if (!disabled) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Icon name="upload" size={24} />
        <span className="file-drop__label">{t('upload.file')}</span>
        <span className="ballot-drop__hint">
          {busy === 'reading' && file ? t('upload.reading', { file: file.fileName }) : t('upload.drop')}
        </span>
        <span
          className={['btn', 'btn--secondary', 'btn--md', disabled ? 'is-disabled' : ''].join(' ')}
          aria-hidden="true"
        >
          {t('upload.choose')}
        </span>
        {file && busy === null ? <span className="ballot-drop__file">{file.fileName}</span> : null}
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
        {!jurorId ? <span className="field__hint">{t('upload.needJuror')}</span> : null}
      </label>
    </Card>
  );
}
