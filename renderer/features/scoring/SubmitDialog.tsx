import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { useScoringActions } from './scoring.store';

/** Confirms the submission of a complete sheet with the juror's PIN; the sheet is then locked. */
export function SubmitDialog({ category, onClose }: { category: string; onClose: (submitted: boolean) => void }) {
  const { t } = useTranslation('scoring');
  const { submit } = useScoringActions();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    if (busy) return;
    if (!/^\d{4,8}$/.test(pin)) {
      setError(t('signIn.pinFormat'));
      return;
    }
    setBusy(true);
    const failed = await submit(pin);
    setBusy(false);
    if (failed) {
      setError(failed.message);
      setPin('');
    } else onClose(true);
  };

  return (
    <Dialog
      title={t('submit.title')}
      description={t('submit.description', { category })}
      onClose={() => onClose(false)}
      onSubmit={() => void confirm()}
      size="sm"
      footer={
        <>
          <Button onClick={() => onClose(false)}>{t('submit.cancel')}</Button>
          <Button type="submit" variant="primary" icon="check" disabled={busy}>
            {t('submit.confirm')}
          </Button>
        </>
      }
    >
      <p className="sc-submit__warning">{t('submit.reopenNote')}</p>
      <div className={['field', error ? 'field--invalid' : ''].join(' ')}>
        <label className="field__label" htmlFor="sc-submit-pin">
          {t('submit.pin')}
        </label>
        <input
          id="sc-submit-pin"
          className="input sc-pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={8}
          // showModal() focuses the element carrying the autofocus attribute (React's autoFocus sets none).
          ref={(el) => el?.setAttribute('autofocus', '')}
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sc-submit-error' : undefined}
        />
      </div>
      {error ? (
        <p className="signin__error" id="sc-submit-error" role="alert">
          <Icon name="alert" size={16} />
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
