import { useState } from 'react';
import type { AppError } from '../../shared/ipc/envelope';
import type { Download } from '../../shared/judging/ballot.schema';
import { saveDownload } from './files';
import { useNotify } from './toast.store';

type Fetched = { ok: true; value: Download } | { ok: false; error: AppError };

/**
 * A file made by main and saved by the browser: `busy` while main works, `error` for an inline
 * notice, and a toast naming the saved file. `download` answers whether the file was saved.
 */
export function useDownload() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async (fetch: () => Promise<Fetched>, saved: (fileName: string) => string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    const result = await fetch();
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    saveDownload(result.value);
    notify(saved(result.value.fileName), 'success');
    return true;
  };

  return { busy, error, download };
}
