import type { AppError } from '../../shared/ipc/envelope';
import { Notice } from './Card';

/** A failed call in the flow of the page: its message, then each of its issues. */
export function ErrorNotice({ error }: { error: Pick<AppError, 'message' | 'issues'> }) {
  return (
    <Notice tone="error">
      {error.message}
      {error.issues && error.issues.length > 0 ? (
        <ul className="issue-list">
          {error.issues.map((issue, i) => (
            <li key={i}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}
