import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/envelope';
import type { SheetStatusRow } from '../../../shared/judging/judging.schema';
import { fieldErrors } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { TextArea } from '../../ui/Field';
import { useNotify } from '../../ui/toast.store';
import { useChairActions } from './chair.store';

/** The ketua reopens a submitted sheet; main refuses a reason that is too short, shown under the field. */
export function ReopenDialog({ row, onClose }: { row: SheetStatusRow; onClose: () => void }) {
  const { t } = useTranslation('chair');
  const notify = useNotify();
  const { reopen } = useChairActions();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const names = { juror: row.juror, category: row.category };
  const reasonError = fieldErrors(error).reason;

  const submit = async () => {
    setBusy(true);
    const result = await reopen(row.jurorId, row.categoryId, reason);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    notify(t('reopen.done', names), 'success');
    onClose();
  };

  return (
    <Dialog
      title={t('reopen.title')}
      description={t('reopen.body', names)}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('reopen.confirm')}
          </Button>
        </>
      }
    >
      {error && !reasonError ? <Notice tone="error">{error.message}</Notice> : null}
      <TextArea
        label={t('reopen.reason')}
        hint={t('reopen.reasonHint')}
        error={reasonError}
        value={reason}
        onChange={(v) => {
          setReason(v);
          if (error) setError(null);
        }}
        required
        autoFocus
        rows={3}
      />
    </Dialog>
  );
}
