import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openAward } from '../../app/award-actions';
import { useHostInfo } from '../../app/app.store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { useFieldErrors } from '../../ui/use-field-errors';

/** Browser mode has no native open dialog: the user types the path of a .juri file. */
export function OpenPathDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('home');
  const info = useHostInfo();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors();
  const example = `${info?.defaultDir ?? ''}/penghargaan.juri`;

  const submit = async () => {
    if (!path.trim()) return errors.set('path', t('errors:required'));
    setBusy(true);
    const result = await openAward(path.trim());
    setBusy(false);
    if (!result.ok) return errors.set('path', result.error.message);
    if (result.setup) onClose();
  };

  return (
    <Dialog
      title={t('openDialog.title')}
      description={t('openDialog.description')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('openDialog.submit')}
          </Button>
        </>
      }
    >
      <TextField
        label={t('openDialog.path')}
        value={path}
        onChange={setPath}
        error={errors.get('path')}
        hint={t('openDialog.pathHint', { example })}
        spellCheck={false}
        autoFocus
      />
    </Dialog>
  );
}
