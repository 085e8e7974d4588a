import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextArea } from '../../ui/Field';
import { useCell, useScoringActions } from './scoring.store';

/** A small editor for the comment of one cell; saved with `scoring.comment`. */
export function CommentDialog({
  nominee,
  criterion,
  readOnly,
  onClose,
}: {
  nominee: { id: string; name: string };
  criterion: { id: string; name: string };
  readOnly: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('scoring');
  const { cell } = useCell(nominee.id, criterion.id);
  const { comment } = useScoringActions();
  const [text, setText] = useState(cell?.comment ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);

  // After showModal() has focused the close button: start in the text.
  useEffect(() => {
    const frame = requestAnimationFrame(() => body.current?.querySelector('textarea')?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const save = async () => {
    if (readOnly) return onClose();
    setBusy(true);
    const failed = await comment(nominee.id, criterion.id, text);
    setBusy(false);
    if (failed) setError(failed.message);
    else onClose();
  };

  return (
    <Dialog
      title={t('comment.title')}
      description={t('cellName', { nominee: nominee.name, criterion: criterion.name })}
      onClose={onClose}
      onSubmit={() => void save()}
      size="sm"
      footer={
        readOnly ? (
          <Button onClick={onClose}>{t('comment.close')}</Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('comment.cancel')}</Button>
            <Button type="submit" variant="primary" disabled={busy}>
              {t('comment.save')}
            </Button>
          </>
        )
      }
    >
      <div ref={body}>
        <TextArea
          label={t('comment.label')}
          hint={readOnly ? t('comment.locked') : t('comment.hint')}
          value={text}
          onChange={setText}
          error={error ?? undefined}
          readOnly={readOnly}
          rows={4}
          maxLength={2000}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            }
          }}
        />
      </div>
    </Dialog>
  );
}
