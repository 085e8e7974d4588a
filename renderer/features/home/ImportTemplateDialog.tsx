import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/ipc/envelope';
import { createFromTemplate } from '../../app/award-actions';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Card';
import { useNotify } from '../../ui/toast.store';

/** Reads a .json template and creates a new award from it; an invalid template lists every problem. */
export function ImportTemplateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('home');
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    setIssues([]);
    let template: unknown;
    try {
      template = JSON.parse(await file.text());
    } catch (error) {
      setMessage(t('importDialog.notJson', { detail: error instanceof Error ? error.message : String(error) }));
      return;
    }
    setBusy(true);
    const result = await createFromTemplate(template);
    setBusy(false);
    if (!result.ok) {
      setMessage(result.error.message);
      setIssues(result.error.issues ?? []);
      return;
    }
    if (!result.setup) return;
    notify(t('importDialog.created', { path: result.setup.filePath }), 'success');
    onClose();
  };

  return (
    <Dialog
      title={t('importDialog.title')}
      description={t('importDialog.description')}
      onClose={onClose}
      size="md"
      footer={<Button onClick={onClose}>{t('common:close')}</Button>}
    >
      <label className="file-drop">
        <span className="file-drop__label">{t('importDialog.file')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {message ? (
        <Notice tone="error" title={issues.length > 0 ? t('importDialog.issuesTitle') : message}>
          {issues.length > 0 ? (
            <ul className="issue-list" aria-label={message}>
              {issues.map((issue, i) => (
                <li key={i}>
                  <code>{issue.path.length ? issue.path.join('.') : t('importDialog.root')}</code> {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
    </Dialog>
  );
}
