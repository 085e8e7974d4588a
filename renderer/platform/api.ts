import type { Api } from '../../shared/ipc/api';
import type { AppError, Envelope } from '../../shared/ipc/envelope';

declare global {
  interface Window {
    /** Built by the preload (Electron) or by web-transport.ts (browser mode), from the one contract. */
    api: Api;
  }
}

/** The contract api; the renderer's only road to main. */
export const api = (): Api => window.api;

/** A failed call, carrying the envelope's error (already in the user's language). */
export class CallError extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.message);
    this.name = 'CallError';
    this.error = error;
  }
}

/** Unwraps an envelope: the value, or a thrown CallError. */
export async function call<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}

/** Field errors of a failed call, keyed by dotted path (`scale.max`, `rubric.0.label`). */
export function fieldErrors(error: AppError | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? []) out[issue.path.join('.')] ??= issue.message;
  return out;
}
