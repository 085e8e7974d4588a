import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createAward } from '../../app/award-actions';
import { useHostInfo } from '../../app/app.store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Card';
import { useNotify } from '../../ui/toast.store';
import { useFieldErrors } from '../../ui/use-field-errors';

/** Asks the programme name, then creates the file (a save dialog in Electron, the data folder in the browser). */
export function NewAwardDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('home');
  const info = useHostInfo();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors();

  const submit = async () => {
    setBusy(true);
    const result = await createAward(name);
    setBusy(false);
    if (!result.ok) return errors.fromError(result.error);
    if (!result.setup) return; // the user cancelled the save dialog
    notify(t('newDialog.created', { path: result.setup.filePath }), 'success');
    onClose();
  };

  return (
    <Dialog
      title={t('newDialog.title')}
      description={t('newDialog.description')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('newDialog.submit')}
          </Button>
        </>
      }
    >
      <TextField
        label={t('newDialog.name')}
        placeholder={t('newDialog.namePlaceholder')}
        value={name}
        onChange={setName}
        error={errors.get('name')}
        required
        autoFocus
        hint={
          info?.nativeDialogs ? t('newDialog.whereElectron') : t('newDialog.whereWeb', { dir: info?.defaultDir ?? '' })
        }
      />
      {errors.general && !errors.get('name') ? <Notice tone="error">{errors.general}</Notice> : null}
    </Dialog>
  );
}
