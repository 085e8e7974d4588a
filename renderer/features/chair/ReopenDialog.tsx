import { useTranslation } from 'react-i18next';
import type { SheetStatusRow } from '../../../shared/judging/judging.schema';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { useNotify } from '../../ui/toast.store';
import { useChairActions } from './chair.store';

/** The ketua reopens a submitted sheet; main refuses a reason that is too short, shown under the field. */
export function ReopenDialog({ row, onClose }: { row: SheetStatusRow; onClose: () => void }) {
  const { t } = useTranslation('chair');
  const notify = useNotify();
  const { reopen } = useChairActions();
  const names = { juror: row.juror, category: row.category };

  return (
    <ReasonDialog
      title={t('reopen.title')}
      description={t('reopen.body', names)}
      reasonLabel={t('reopen.reason')}
      reasonHint={t('reopen.reasonHint')}
      confirmLabel={t('reopen.confirm')}
      onConfirm={(reason) => reopen(row.jurorId, row.categoryId, reason)}
      onDone={() => {
        notify(t('reopen.done', names), 'success');
        onClose();
      }}
      onClose={onClose}
    />
  );
}
