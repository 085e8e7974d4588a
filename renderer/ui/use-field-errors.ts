import { useCallback, useState } from 'react';
import type { AppError } from '../../shared/ipc/envelope';
import { fieldErrors } from '../platform/api';

/**
 * Field errors of the last failed save, keyed by dotted path (`scale.max`, `rubric.0.min`),
 * plus the general message when no field was named.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);

  const fromError = useCallback((error: AppError | null) => {
    const byField = fieldErrors(error);
    setErrors(byField);
    setGeneral(error ? error.message : null);
    if (Object.keys(byField).length > 0) focusFirstInvalid();
  }, []);
  const clear = useCallback(() => {
    setErrors({});
    setGeneral(null);
  }, []);
  const set = useCallback((path: string, message: string) => setErrors((e) => ({ ...e, [path]: message })), []);
  const get = useCallback((path: string): string | undefined => errors[path], [errors]);

  return { errors, general, get, set, fromError, clear, hasErrors: Object.keys(errors).length > 0 || general !== null };
}

/** After a failed save, puts the cursor in the first marked field (inside the open dialog, if any). */
function focusFirstInvalid(): void {
  requestAnimationFrame(() => {
    const dialogs = document.querySelectorAll<HTMLDialogElement>('dialog[open]');
    const scope: ParentNode = dialogs[dialogs.length - 1] ?? document;
    scope.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
