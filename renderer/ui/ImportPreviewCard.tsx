import { useEffect, useRef, type ReactNode } from 'react';
import type { AppError } from '../../shared/ipc/envelope';
import { Card, Notice } from './Card';
import { ErrorNotice } from './ErrorNotice';
import './import-preview.css';

export interface ImportPreviewCardProps {
  /** The card's class (the feature's hook for its page model). */
  className: string;
  title: ReactNode;
  /** What main answered for the file just read; the card scrolls into view when it changes. */
  preview: object | null;
  /** Why the file could not be read or imported. */
  error: Pick<AppError, 'message' | 'issues'> | null;
  /** The notice after an import went through. */
  imported: { title: ReactNode; message: ReactNode } | null;
  /** The preview's body: what an import would write. */
  children?: ReactNode;
}

/** The answer to a chosen file: its error, the import done, or the preview; hidden until there is one. */
export function ImportPreviewCard({ className, title, preview, error, imported, children }: ImportPreviewCardProps) {
  const anchor = useRef<HTMLDivElement>(null);
  // A new reading of a file lands below the fold on a laptop screen: bring it into view.
  useEffect(() => {
    if (preview || error) anchor.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [preview, error]);

  if (!preview && !imported && !error) return null;
  return (
    <div ref={anchor} className="import-preview-anchor">
      <Card className={className} title={title} aria-live="polite">
        {error ? <ErrorNotice error={error} /> : null}
        {imported ? (
          <Notice tone="success" title={imported.title}>
            {imported.message}
          </Notice>
        ) : null}
        {children}
      </Card>
    </div>
  );
}
