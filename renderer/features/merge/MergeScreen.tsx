import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict, MergeSourceReport } from '../../../shared/merge/merge.schema';
import { api } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Badge, Card, Notice, PageHeader } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/Dialog';
import { fileToBase64 } from '../../ui/files';
import { useDownload } from '../../ui/use-download';
import { SignedInBadge, SignInPanel } from '../session/SignInPanel';
import { sessionStore, useSession } from '../session/session.store';
import { formatValue } from './merge-format';
import { mergeActions, useMerge } from './merge.store';
import { ResolveDialog } from './ResolveDialog';
import './merge.css';

/** "Gabungkan berkas": committee files out to the jurors, their exports back in, conflicts decided. */
export function MergeScreen() {
  const { t } = useTranslation('merge');
  const session = useSession();
  const state = useMerge();
  const secretariat = session?.isSecretariat === true;

  useEffect(() => {
    void sessionStore.getState().refresh();
  }, []);
  useEffect(() => {
    mergeActions.reset();
    if (secretariat) void mergeActions.load();
  }, [secretariat]);

  return (
    <section aria-labelledby="merge-title" className="merge-screen">
      <PageHeader
        id="merge-title"
        title={t('title')}
        lead={t('intro')}
        actions={session ? <SignedInBadge session={session} /> : undefined}
      />
      {state.error ? <Notice tone="error">{state.error}</Notice> : null}
      {session ? <ExportCard /> : <SignInPanel title={t('signInTitle')} intro={t('signInFirst')} />}
      {secretariat ? (
        <>
          <DistributeCard />
          <MergeCard />
          <ConflictsCard conflicts={state.conflicts} />
        </>
      ) : session ? (
        <Notice>{t('secretariatOnly')}</Notice>
      ) : null}
    </section>
  );
}

function ExportCard() {
  const { t } = useTranslation('merge');
  const { busy, error, download } = useDownload();
  const exportFile = () =>
    download(
      () => api().merge.exportFile(),
      (file) => t('export.done', { file }),
    );
  return (
    <Card title={t('export.title')} description={t('export.description')}>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button icon="download" disabled={busy} onClick={() => void exportFile()}>
        {t('export.button')}
      </Button>
    </Card>
  );
}

function DistributeCard() {
  const { t } = useTranslation('merge');
  const { busy, distributed } = useMerge();
  return (
    <Card title={t('distribute.title')} description={t('distribute.description')}>
      <Button disabled={busy !== null} onClick={() => void mergeActions.distribute()}>
        {t('distribute.button')}
      </Button>
      {distributed.length > 0 ? (
        <ul className="merge-distributed" aria-label={t('distribute.made')}>
          {distributed.map((f) => (
            <li key={f.jurorId}>
              <strong>{f.jurorName}</strong> — <code>{f.path}</code>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

function MergeCard() {
  const { t } = useTranslation('merge');
  const { busy, report, history, canUndo } = useMerge();
  const [confirmUndo, setConfirmUndo] = useState(false);
  const take = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const files = await Promise.all([...list].map(async (f) => ({ fileName: f.name, base64: await fileToBase64(f) })));
    await mergeActions.merge(files);
  };
  const shown = report?.sources ?? history;
  return (
    <Card
      title={t('merge.title')}
      description={t('merge.description')}
      actions={
        <Button variant="danger" disabled={!canUndo || busy !== null} onClick={() => setConfirmUndo(true)}>
          {t('merge.undo')}
        </Button>
      }
    >
      <label className="file-drop merge-drop">
        <span className="file-drop__label">{busy === 'merging' ? t('merge.merging') : t('merge.choose')}</span>
        <input
          className="visually-hidden"
          type="file"
          accept=".juri"
          multiple
          disabled={busy !== null}
          aria-label={t('merge.choose')}
          onChange={(e) => {
            void take(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      {shown.length > 0 ? (
        <table className="merge-report">
          <caption>{report ? t('merge.reportNow') : t('merge.reportBefore')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('merge.file')}</th>
              <th scope="col">{t('merge.status')}</th>
              <th scope="col">{t('merge.added')}</th>
              <th scope="col">{t('merge.duplicates')}</th>
              <th scope="col">{t('merge.seen')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s, i) => (
              <SourceRow key={`${s.fileName}-${i}`} source={s} />
            ))}
          </tbody>
        </table>
      ) : null}
      {confirmUndo ? (
        <ConfirmDialog
          title={t('merge.undoTitle')}
          message={t('merge.undoMessage')}
          confirmLabel={t('merge.undo')}
          danger
          busy={busy !== null}
          onCancel={() => setConfirmUndo(false)}
          onConfirm={() => {
            setConfirmUndo(false);
            void mergeActions.undo();
          }}
        />
      ) : null}
    </Card>
  );
}

function SourceRow({ source: s }: { source: MergeSourceReport }) {
  const { t } = useTranslation('merge');
  return (
    <tr className={s.accepted ? '' : 'is-refused'}>
      <th scope="row">{s.fileName}</th>
      <td>
        {s.accepted ? (
          <Badge tone="success">{t('merge.accepted')}</Badge>
        ) : (
          <Badge tone="warning">{t('merge.refused')}</Badge>
        )}
        {s.refusal ? <p className="merge-reason">{s.refusal.message}</p> : null}
        {s.enrolled ? <p className="merge-reason">{t('merge.enrolled')}</p> : null}
      </td>
      <td>{s.added}</td>
      <td>{s.duplicates}</td>
      <td>{s.jurors.join(', ') || '–'}</td>
    </tr>
  );
}

function ConflictsCard({ conflicts }: { conflicts: Conflict[] }) {
  const { t, i18n } = useTranslation('merge');
  const [open, setOpen] = useState<Conflict | null>(null);
  const pending = conflicts.filter((c) => !c.resolved);
  return (
    <Card title={t('conflicts.title')} description={t('conflicts.description')}>
      {conflicts.length === 0 ? <p>{t('conflicts.none')}</p> : null}
      {pending.length > 0 ? <Notice tone="warning">{t('conflicts.pending', { count: pending.length })}</Notice> : null}
      {conflicts.length > 0 ? (
        <table className="merge-conflicts">
          <thead>
            <tr>
              <th scope="col">{t('conflicts.kind')}</th>
              <th scope="col">{t('conflicts.where')}</th>
              <th scope="col">{t('conflicts.values')}</th>
              <th scope="col">{t('conflicts.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.id}>
                <td>{t(`kind.${c.kind}`)}</td>
                <td>{[c.jurorId, c.categoryId, c.nomineeId, c.criterionId].filter(Boolean).join(' / ')}</td>
                <td>{c.versions.map((v) => formatValue(v.value, i18n.language)).join(' · ')}</td>
                <td>
                  {c.resolved ? (
                    <span>
                      {t('conflicts.decided', {
                        value: formatValue(c.resolved.value, i18n.language),
                        reason: c.resolved.reason,
                      })}
                    </span>
                  ) : (
                    <Button size="sm" onClick={() => setOpen(c)}>
                      {t('conflicts.resolve')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {open ? <ResolveDialog conflict={open} onClose={() => setOpen(null)} /> : null}
    </Card>
  );
}
