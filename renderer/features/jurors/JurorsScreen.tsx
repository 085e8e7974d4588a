import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Card, EmptyState, Notice, PageHeader } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/Dialog';
import { useApply, useSetup } from '../award/award.store';
import { ConflictsDialog } from './ConflictsDialog';
import { JurorEditorDialog } from './JurorEditorDialog';
import { JurorList } from './JurorList';
import { useConflictsEditor, useJurorEditor, useRemovingJuror } from './jurors.store';
import './jurors.css';

/** The Dewan Juri setup screen: the jury, their PINs and their conflicts of interest. */
export function JurorsScreen() {
  const { t } = useTranslation('jurors');
  const setup = useSetup();
  const [editor, setEditor] = useJurorEditor();
  const [conflictsFor, setConflictsFor] = useConflictsEditor();
  if (!setup) return <Notice>{t('noAward')}</Notice>;
  const { jurors, nominees } = setup;
  const conflictsJuror = jurors.find((j) => j.id === conflictsFor);
  const addButton = (
    <Button variant="primary" icon="plus" onClick={() => setEditor({ kind: 'new' })}>
      {t('add')}
    </Button>
  );

  return (
    <div className="jur-screen">
      <PageHeader title={t('title')} lead={t('intro')} actions={jurors.length > 0 ? addButton : undefined} />
      <Card title={jurors.length > 0 ? t('count', { count: jurors.length }) : undefined}>
        {jurors.length === 0 ? (
          <EmptyState icon="jurors" title={t('empty')} action={addButton}>
            {t('emptyHint')}
          </EmptyState>
        ) : (
          <JurorList jurors={jurors} nominees={nominees} />
        )}
      </Card>
      {editor && (
        <JurorEditorDialog
          key={editor.kind === 'edit' ? editor.id : 'new'}
          juror={editor.kind === 'edit' ? jurors.find((j) => j.id === editor.id) : undefined}
          jurors={jurors}
          onClose={() => setEditor(null)}
        />
      )}
      {conflictsJuror && (
        <ConflictsDialog
          key={conflictsJuror.id}
          juror={conflictsJuror}
          nominees={nominees}
          onClose={() => setConflictsFor(null)}
        />
      )}
      <RemoveJuror />
    </div>
  );
}

function RemoveJuror() {
  const { t } = useTranslation('jurors');
  const setup = useSetup();
  const apply = useApply();
  const [removingId, setRemovingId] = useRemovingJuror();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const juror = setup?.jurors.find((j) => j.id === removingId);
  if (!juror) return null;

  const close = () => {
    setRemovingId(null);
    setError(null);
  };
  const confirm = async () => {
    setBusy(true);
    const result = await apply(api().juror.remove({ id: juror.id }));
    setBusy(false);
    if (result.ok) close();
    else setError(result.error.message);
  };

  return (
    <ConfirmDialog
      title={t('removeTitle')}
      message={
        <>
          <p>{t('removeBody', { name: juror.name })}</p>
          {error && <Notice tone="error">{error}</Notice>}
        </>
      }
      confirmLabel={t('removeConfirm')}
      danger
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={close}
    />
  );
}
