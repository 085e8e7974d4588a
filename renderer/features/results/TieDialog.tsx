import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/envelope';
import { fieldErrors } from '../../platform/api';
import { Button, IconButton } from '../../ui/Button';
import { Notice } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { TextArea } from '../../ui/Field';
import { useNotify } from '../../ui/toast.store';
import { useResultsActions } from './results.store';

/**
 * The ketua orders nominees the tie-break chain left tied and writes why. The order and the reason
 * are recorded as an event and printed on the decision sheet; main refuses a set that is not tied.
 */
export function TieDialog({
  categoryId,
  rank,
  nominees,
  onClose,
}: {
  categoryId: string;
  rank: number;
  nominees: { id: string; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation('ranking');
  const notify = useNotify();
  const { decideTie } = useResultsActions();
  const [order, setOrder] = useState(nominees);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const reasonError = fieldErrors(error).reason;

  const move = (index: number, offset: -1 | 1) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + offset, 0, item!);
    setOrder(next);
  };
  const submit = async () => {
    setBusy(true);
    const result = await decideTie({ categoryId, nomineeIds: order.map((n) => n.id), reason });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    notify(t('tieDecision.done'), 'success');
    onClose();
  };

  return (
    <Dialog
      title={t('tieDecision.title', { rank })}
      description={t('tieDecision.body')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('tieDecision.confirm')}
          </Button>
        </>
      }
    >
      {error && !reasonError ? <Notice tone="error">{error.message}</Notice> : null}
      <ol className="tie-order" aria-label={t('tieDecision.order')}>
        {order.map((n, i) => (
          <li key={n.id} className="tie-order__item">
            <span className="tie-order__rank">{rank + i}</span>
            <span className="tie-order__name">{n.name}</span>
            <IconButton
              icon="up"
              label={t('tieDecision.up', { name: n.name })}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            />
            <IconButton
              icon="down"
              label={t('tieDecision.down', { name: n.name })}
              disabled={i === order.length - 1}
              onClick={() => move(i, 1)}
            />
          </li>
        ))}
      </ol>
      <TextArea
        label={t('tieDecision.reason')}
        hint={t('tieDecision.reasonHint')}
        error={reasonError}
        value={reason}
        onChange={(v) => {
          setReason(v);
          if (error) setError(null);
        }}
        required
        rows={3}
      />
    </Dialog>
  );
}
