import { useTranslation } from 'react-i18next';
import { FileDropCard } from '../../ui/FileDropCard';
import { fileToBase64, SPREADSHEET_ACCEPT, spreadsheetProblem } from '../../ui/files';
import { useBallotActions, useBallots } from './ballots.store';

/** Choose or drop the filled-in CSV/XLSX; main reads it and answers with a preview. */
export function UploadCard() {
  const { t } = useTranslation('ballots');
  const { jurorId, busy, file } = useBallots();
  const { choose, setReading, fail } = useBallotActions();

  const take = async (picked: File) => {
    const problem = spreadsheetProblem(picked);
    if (problem) return fail({ code: 'invalid_input', message: t(`upload.${problem}`) });
    setReading();
    await choose({ fileName: picked.name, base64: await fileToBase64(picked) });
  };

  return (
    <FileDropCard
      className="ballot-upload"
      dropClassName="ballot-drop"
      title={t('upload.title')}
      description={t('upload.description')}
      label={t('upload.file')}
      hint={busy === 'reading' && file ? t('upload.reading', { file: file.fileName }) : t('upload.drop')}
      chooseLabel={t('upload.choose')}
      accept={SPREADSHEET_ACCEPT}
      disabled={!jurorId || busy !== null}
      fileName={file && busy === null ? file.fileName : null}
      footer={jurorId ? null : t('upload.needJuror')}
      onFile={(picked) => void take(picked)}
    />
  );
}
