import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/Button';
import { ReasonDialog } from '../../ui/ReasonDialog';
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

  const move = (index: number, offset: -1 | 1) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + offset, 0, item!);
    setOrder(next);
  };

  return (
    <ReasonDialog
      title={t('tieDecision.title', { rank })}
      description={t('tieDecision.body')}
      reasonLabel={t('tieDecision.reason')}
      reasonHint={t('tieDecision.reasonHint')}
      confirmLabel={t('tieDecision.confirm')}
      focusReason={false}
      onConfirm={(reason) => decideTie({ categoryId, nomineeIds: order.map((n) => n.id), reason })}
      onDone={() => {
        notify(t('tieDecision.done'), 'success');
        onClose();
      }}
      onClose={onClose}
    >
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
    </ReasonDialog>
  );
}
