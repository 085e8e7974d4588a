import { useTranslation } from 'react-i18next';
import { useSaveState } from '../features/award/award.store';
import { Icon } from './Icon';

/** "Menyimpan…" / "Tersimpan" / "Gagal menyimpan": every change goes straight to the award file. */
export function SaveIndicator() {
  const state = useSaveState();
  const { t } = useTranslation('common');
  const text = state === 'saving' ? t('save.saving') : state === 'error' ? t('save.error') : t('save.saved');
  return (
    <span className={`save-indicator save-indicator--${state}`} role="status" aria-live="polite">
      <Icon name={state === 'error' ? 'alert' : 'check'} size={16} />
      {text}
    </span>
  );
}
