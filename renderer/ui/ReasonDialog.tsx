import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/ipc/envelope';
import { fieldErrors } from '../platform/api';
import { Button } from './Button';
import { Notice } from './Card';
import { Dialog } from './Dialog';
import { TextArea } from './Field';

export interface ReasonDialogProps {
  title: ReactNode;
  description?: ReactNode;
  reasonLabel: string;
  reasonHint?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** Focus the reason when the dialog opens (off when the dialog asks something else first). */
  focusReason?: boolean;
  /**
   * Sends the reason. Main checks it (its minimum length included): a refusal about `reason` shows
   * under the field, any other in a notice above; the dialog stays open either way.
   */
  onConfirm: (reason: string) => Promise<{ ok: true } | { ok: false; error: AppError }>;
  /** After main accepted: say so and close. */
  onDone: () => void;
  /** Esc, the close button, or cancel. */
  onClose: () => void;
  /** What comes before the reason, e.g. the order being decided. */
  children?: ReactNode;
}

/** A decision that must be explained: a required reason, confirm, cancel; a labelled modal dialog. */
export function ReasonDialog({
  title,
  description,
  reasonLabel,
  reasonHint,
  confirmLabel,
  danger = false,
  focusReason = true,
  onConfirm,
  onDone,
  onClose,
  children,
}: ReasonDialogProps) {
  const { t } = useTranslation('common');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const reasonError = fieldErrors(error).reason;

  const submit = async () => {
    setBusy(true);
    const result = await onConfirm(reason);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone();
  };

  return (
    <Dialog
      title={title}
      description={description}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" variant={danger ? 'danger' : 'primary'} disabled={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {error && !reasonError ? <Notice tone="error">{error.message}</Notice> : null}
      {children}
      <TextArea
        label={reasonLabel}
        hint={reasonHint}
        error={reasonError}
        value={reason}
        onChange={(v) => {
          setReason(v);
          if (error) setError(null);
        }}
        required
        data-autofocus={focusReason || undefined}
        rows={3}
      />
    </Dialog>
  );
}
