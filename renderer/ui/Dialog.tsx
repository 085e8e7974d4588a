import { useEffect, useId, useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, IconButton } from './Button';

export interface DialogProps {
  title: ReactNode;
  /** Called on Esc, the close button, or the cancel button. */
  onClose: () => void;
  /** When given, the body is a form: Enter submits it. */
  onSubmit?: () => void;
  description?: ReactNode;
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  children?: ReactNode;
}

/**
 * A modal on the native <dialog>: showModal() traps focus and makes the rest inert; Esc closes.
 * Mount it only while open, so its form state starts fresh each time. A control marked
 * `data-autofocus` gets the focus once the dialog is open.
 */
export function Dialog({ title, onClose, onSubmit, description, footer, size = 'md', children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descId = useId();
  const { t } = useTranslation('common');
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // React's autoFocus runs while the <dialog> is still closed, and showModal() then focuses its first button.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const cancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };

  const content = (
    <>
      <header className="dialog__header">
        <h2 className="dialog__title" id={titleId}>
          {title}
        </h2>
        <IconButton icon="close" label={t('close')} onClick={onClose} />
      </header>
      <div className="dialog__body">
        {description ? (
          <p className="dialog__description" id={descId}>
            {description}
          </p>
        ) : null}
        {children}
      </div>
      {footer ? <footer className="dialog__footer">{footer}</footer> : null}
    </>
  );

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
    >
      {onSubmit ? (
        <form className="dialog__form" onSubmit={submit} noValidate>
          {content}
        </form>
      ) : (
        content
      )}
    </dialog>
  );
}

export interface ConfirmDialogProps {
  title: ReactNode;
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something that cannot be undone; the safe choice is focused first. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger = false,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation('common');
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      onSubmit={onConfirm}
      size="sm"
      footer={
        <>
          <Button onClick={onCancel} autoFocus>
            {t('cancel')}
          </Button>
          <Button type="submit" variant={danger ? 'danger' : 'primary'} disabled={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="dialog__message">{message}</div>
    </Dialog>
  );
}
