import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signatory } from '../../../shared/award/award.schema';
import { api } from '../../platform/api';
import { useApply } from '../award/award.store';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { useFieldErrors } from '../../ui/use-field-errors';

/** Adds a signatory (null) or edits one. */
export function SignatoryDialog({ signatory, onClose }: { signatory: Signatory | null; onClose: () => void }) {
  const { t } = useTranslation('programme');
  const apply = useApply();
  const errors = useFieldErrors();
  const [name, setName] = useState(signatory?.name ?? '');
  const [title, setTitle] = useState(signatory?.title ?? '');
  const [position, setPosition] = useState(signatory?.position ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    const result = await apply(
      api().signatory.save({ ...(signatory ? { id: signatory.id } : {}), name, title, position }),
    );
    setBusy(false);
    if (!result.ok) return errors.fromError(result.error);
    onClose();
  };

  return (
    <Dialog
      title={signatory ? t('signatories.editTitle') : t('signatories.addTitle')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('common:saveButton')}
          </Button>
        </>
      }
    >
      <TextField
        label={t('signatories.name')}
        value={name}
        onChange={setName}
        error={errors.get('name')}
        required
        autoFocus
      />
      <TextField
        label={t('signatories.title_')}
        hint={t('signatories.titleHint')}
        value={title}
        onChange={setTitle}
        error={errors.get('title')}
      />
      <TextField
        label={t('signatories.position')}
        placeholder={t('signatories.positionPlaceholder')}
        value={position}
        onChange={setPosition}
        error={errors.get('position')}
        required
      />
      {errors.general && Object.keys(errors.errors).length === 0 ? (
        <Notice tone="error">{errors.general}</Notice>
      ) : null}
    </Dialog>
  );
}
