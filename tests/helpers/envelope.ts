import type { Envelope } from '../../shared/ipc/envelope';

/** The value of an ok envelope; fails the test with the error's code and message otherwise. */
export const valueOf = <T>(e: Envelope<unknown>): T => {
  if (!e.ok) throw new Error(`expected ok, got ${e.error.code}: ${e.error.message}`);
  return e.value as T;
};

/** The error of a failed envelope; fails the test with the value otherwise. */
export const errorOf = (e: Envelope<unknown>) => {
  if (e.ok) throw new Error(`expected a failure, got ${JSON.stringify(e.value).slice(0, 200)}`);
  return e.error;
};
