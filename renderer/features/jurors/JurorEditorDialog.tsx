import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Juror, JurorRole } from '../../../shared/award/award.schema';
import { api, fieldErrors } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { RadioGroup, TextField } from '../../ui/Field';
import { useApply } from '../award/award.store';

const without = (errors: Record<string, string>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(errors).filter(([k]) => !keys.includes(k)));

const ROLES: readonly JurorRole[] = ['ketua', 'sekretaris', 'anggota'];

interface Props {
  /** The juror to edit; a new one is added when absent. */
  juror?: Juror | undefined;
  /** All jurors of the award, to warn about a second Ketua. */
  jurors: Juror[];
  onClose: () => void;
}

/** Name, title, role and PIN of a juror. An existing PIN is never shown; leaving the PIN empty keeps it. */
export function JurorEditorDialog({ juror, jurors, onClose }: Props) {
  const { t } = useTranslation('jurors');
  const apply = useApply();
  const [name, setName] = useState(juror?.name ?? '');
  const [title, setTitle] = useState(juror?.title ?? '');
  const [role, setRole] = useState<JurorRole>(
    juror?.role ?? (jurors.some((j) => j.role === 'ketua') ? 'anggota' : 'ketua'),
  );
  const [pin, setPin] = useState('');
  const [pinConfirm, setPinConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const otherKetua = role === 'ketua' ? jurors.find((j) => j.role === 'ketua' && j.id !== juror?.id) : undefined;

  const submit = async () => {
    if (pin !== '' && pin !== pinConfirm) {
      setErrors({ pinConfirm: pinConfirm === '' ? t('pinConfirmMissing') : t('pinMismatch') });
      setFormError(null);
      return;
    }
    setBusy(true);
    const result = await apply(
      api().juror.save({ ...(juror ? { id: juror.id } : {}), name, title, role, pin: pin === '' ? null : pin }),
    );
    setBusy(false);
    if (result.ok) {
      onClose();
      return;
    }
    const fields = fieldErrors(result.error);
    setErrors(fields);
    setFormError(Object.keys(fields).length === 0 ? result.error.message : null);
  };

  return (
    <Dialog
      title={juror ? t('dialogEdit') : t('dialogAdd')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" variant="primary" icon="check" disabled={busy}>
            {t('save')}
          </Button>
        </>
      }
    >
      <div className="jur-form">
        <TextField label={t('name')} value={name} onChange={setName} error={errors.name} required autoFocus />
        <TextField
          label={t('jurorTitle')}
          hint={t('jurorTitleHint')}
          value={title}
          onChange={setTitle}
          error={errors.title}
        />
        <RadioGroup
          legend={t('role')}
          name="juror-role"
          value={role}
          onChange={setRole}
          options={ROLES.map((r) => ({ value: r, label: t(`role_${r}`), hint: t(`roleHint_${r}`) }))}
        />
        {otherKetua && <Notice tone="warning">{t('secondKetua', { name: otherKetua.name })}</Notice>}
        {errors.role && <Notice tone="error">{errors.role}</Notice>}
        <div className="jur-pins">
          <TextField
            label={t('pin')}
            hint={juror?.hasPin ? t('pinKeepHint') : t('pinHint')}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            value={pin}
            onChange={(v) => {
              setPin(v);
              setErrors((e) => without(e, 'pin', 'pinConfirm'));
            }}
            error={errors.pin}
          />
          <TextField
            label={t('pinConfirm')}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            value={pinConfirm}
            onChange={(v) => {
              setPinConfirm(v);
              setErrors((e) => without(e, 'pinConfirm'));
            }}
            error={errors.pinConfirm}
            disabled={pin === ''}
          />
        </div>
        {formError && <Notice tone="error">{formError}</Notice>}
      </div>
    </Dialog>
  );
}
