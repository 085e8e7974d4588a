import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../shared/merge/merge.schema';
import type { AppError } from '../../../shared/ipc/envelope';
import { CallError, fieldErrors } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { NumberField, TextArea } from '../../ui/Field';
import { formatValue } from './merge-format';
import { mergeActions } from './merge.store';

/** The secretariat's decision on one conflict: a value (for a score) and a reason, both recorded. */
export function ResolveDialog({ conflict, onClose }: { conflict: Conflict; onClose: () => void }) {
  const { t, i18n } = useTranslation('merge');
  const scored = conflict.kind !== 'quarantine';
  const [value, setValue] = useState(conflict.current === null ? '' : String(conflict.current));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  const submit = async () => {
    const parsed = value.trim() === '' ? null : Number(value.replace(',', '.'));
    if (parsed !== null && !Number.isFinite(parsed)) {
      setError({
        code: 'invalid_input',
        message: t('resolve.badNumber'),
        issues: [{ path: ['value'], message: t('resolve.badNumber') }],
      });
      return;
    }
    setBusy(true);
    try {
      await mergeActions.resolve({ conflictId: conflict.id, value: scored ? parsed : null, reason });
      onClose();
    } catch (e) {
      setError(e instanceof CallError ? e.error : { code: 'internal', message: String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('resolve.title')}
      description={t(`kind.${conflict.kind}`)}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('resolve.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('resolve.confirm')}
          </Button>
        </>
      }
    >
      <ul className="merge-versions" aria-label={t('resolve.versions')}>
        {conflict.versions.map((v) => (
          <li key={v.eventHash}>
            {t('resolve.version', {
              value: formatValue(v.value, i18n.language),
              device: v.deviceId.slice(0, 8),
              at: new Date(v.at).toLocaleString(i18n.language === 'id' ? 'id-ID' : 'en-GB'),
            })}
          </li>
        ))}
      </ul>
      {scored ? (
        <NumberField
          label={t('resolve.value')}
          hint={t('resolve.valueHint')}
          value={value}
          onChange={setValue}
          error={errors['value']}
        />
      ) : (
        <Notice>{t('resolve.quarantineHint')}</Notice>
      )}
      <TextArea label={t('resolve.reason')} value={reason} onChange={setReason} error={errors['reason']} required />
      {error && !error.issues?.length ? <Notice tone="error">{error.message}</Notice> : null}
    </Dialog>
  );
}
