import { useTranslation } from 'react-i18next';
import { IconButton } from './Button';
import { Icon } from './Icon';
import { useDismissToast, useToasts } from './toast.store';

/** The stack of notices; errors are announced assertively, the rest politely. */
export function Toaster() {
  const toasts = useToasts();
  const dismiss = useDismissToast();
  const { t } = useTranslation('common');
  return (
    <div className="toaster" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
          <Icon name={toast.tone === 'error' ? 'alert' : toast.tone === 'success' ? 'check' : 'info'} />
          <p className="toast__message">{toast.message}</p>
          <IconButton icon="close" label={t('close')} onClick={() => dismiss(toast.id)} />
        </div>
      ))}
    </div>
  );
}
