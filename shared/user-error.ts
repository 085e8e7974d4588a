import type { ErrorCode, FieldIssue } from './ipc/envelope';

/**
 * An error the user can act on. `key` is an `errors.*` i18n key; `params` fill its placeholders.
 * The gate, the CLI and the web host turn it into a translated message; no stack trace is shown.
 */
export class UserError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, key: string, params: Record<string, string | number> = {}, issues?: FieldIssue[]) {
    super(`${code}: ${key} ${JSON.stringify(params)}`);
    this.name = 'UserError';
    this.code = code;
    this.key = key;
    this.params = params;
    this.issues = issues;
  }
}
