import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseLocaleNumber } from '../../../shared/format/number';
import type { IndicatorCriterion, IndicatorValue } from '../../../shared/indicators/indicator.schema';
import { REASON_MIN } from '../../../shared/indicators/indicator.schema';
import type { AppError } from '../../../shared/ipc/envelope';
import { fieldErrors } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { NumberField, TextArea } from '../../ui/Field';
import { formatNumber } from '../../ui/format';
import { useNotify } from '../../ui/toast.store';
import { sourceInWords } from './indicator-format';
import { useIndicatorActions } from './indicators.store';

export interface EditedCell {
  nominee: { id: string; name: string };
  criterion: IndicatorCriterion;
  current: IndicatorValue | null;
}

/** Enter, correct or clear one measured value; the reason is required and goes into the history. */
export function ValueDialog({ cell, onClose }: { cell: EditedCell; onClose: () => void }) {
  const { t, i18n } = useTranslation('indicators');
  const { t: tc } = useTranslation('common');
  const notify = useNotify();
  const { setValue } = useIndicatorActions();
  const shown = cell.current?.value == null ? '' : formatNumber(cell.current.value, i18n.language);
  const [text, setText] = useState(shown);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [local, setLocal] = useState<{ value?: string; reason?: string }>({});
  const [busy, setBusy] = useState(false);
  const fields = fieldErrors(error);

  const save = async () => {
    const parsed = parseLocaleNumber(text);
    const problems = {
      ...(parsed === 'invalid' ? { value: t('valueDialog.notANumber') } : {}),
      ...(reason.trim().length < REASON_MIN ? { reason: t('valueDialog.reasonHint') } : {}),
    };
    setLocal(problems);
    if (parsed === 'invalid' || Object.keys(problems).length > 0) return;
    setBusy(true);
    const result = await setValue({
      nomineeId: cell.nominee.id,
      criterionId: cell.criterion.id,
      value: parsed,
      reason: reason.trim(),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    notify(t('valueDialog.saved'), 'success');
    onClose();
  };

  return (
    <Dialog
      title={t('valueDialog.title')}
      description={t('valueDialog.description', { criterion: cell.criterion.name, nominee: cell.nominee.name })}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <Button onClick={onClose}>{tc('cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('valueDialog.save')}
          </Button>
        </>
      }
    >
      {cell.current?.value != null ? (
        <p className="indicator-dialog__current">
          {t('valueDialog.current', { value: shown, source: sourceInWords(cell.current.source, t) })}
        </p>
      ) : null}
      {error && !error.issues?.length ? <Notice tone="error">{error.message}</Notice> : null}
      <NumberField
        label={
          cell.criterion.unit ? t('valueDialog.value', { unit: cell.criterion.unit }) : t('valueDialog.valueNoUnit')
        }
        hint={t('valueDialog.valueHint')}
        value={text}
        onChange={setText}
        error={local.value ?? (fields['value'] ? error?.message : undefined)}
        autoFocus
      />
      <TextArea
        label={t('valueDialog.reason')}
        hint={t('valueDialog.reasonHint')}
        value={reason}
        onChange={setReason}
        required
        error={local.reason ?? fields['reason']}
      />
    </Dialog>
  );
}
