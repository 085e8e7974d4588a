import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Seal } from '../../../shared/documents/document.schema';
import type { Session } from '../../../shared/judging/judging.schema';
import { Button } from '../../ui/Button';
import { Badge, Card, Notice } from '../../ui/Card';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { useNotify } from '../../ui/toast.store';
import { useDownload } from '../../ui/use-download';
import { useDocumentActions, useDocuments } from './documents.store';

type Pending =
  { kind: 'finalise'; seal: Seal } | { kind: 'reopen'; seal: Seal } | { kind: 'download'; seal: Seal | null };

/** Every category's seal with the ketua's finalise/reopen and the signed decision sheet downloads. */
export function SealsCard({ session }: { session: Session }) {
  const { t, i18n } = useTranslation('decision');
  const { seals, committee } = useDocuments();
  const [pending, setPending] = useState<Pending | null>(null);
  const allSealed = seals.length > 0 && seals.every((s) => s.sealed);
  const canSign = committee?.exists === true;

  return (
    <Card
      className="documents-seals"
      title={t('seals.title')}
      description={t('seals.description')}
      actions={
        <Button
          icon="download"
          disabled={!allSealed || !canSign}
          title={!canSign ? t('seals.needCommittee') : allSealed ? undefined : t('seals.allSealedHint')}
          onClick={() => setPending({ kind: 'download', seal: null })}
        >
          {t('seals.downloadAll')}
        </Button>
      }
    >
      {!session.isChair ? <Notice>{t('seals.chairOnlyHint')}</Notice> : null}
      <table className="documents-table">
        <thead>
          <tr>
            <th scope="col">{t('seals.category')}</th>
            <th scope="col">{t('seals.state')}</th>
            <th scope="col">{t('seals.fingerprint')}</th>
            <th scope="col">{t('seals.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {seals.map((seal) => (
            <tr key={seal.categoryId} data-category={seal.categoryId}>
              <th scope="row">{seal.name}</th>
              <td>
                <Badge tone={seal.sealed ? 'success' : 'neutral'}>
                  {seal.sealed ? t('seals.sealed') : t('seals.open')}
                </Badge>
                {seal.at && seal.by ? (
                  <div className="documents-muted">
                    {seal.sealed
                      ? t('seals.sealedBy', { by: seal.by, at: formatDate(seal.at, i18n.language, true) })
                      : seal.reopenReason
                        ? t('seals.reopenedBecause', { reason: seal.reopenReason })
                        : null}
                  </div>
                ) : null}
              </td>
              <td className="documents-hash" title={seal.fingerprint ?? undefined}>
                {seal.fingerprint ? `${seal.fingerprint.slice(0, 16)}…` : '–'}
              </td>
              <td>
                <div className="documents-row-actions">
                  {seal.sealed ? (
                    <>
                      <Button
                        size="sm"
                        variant="primary"
                        icon="download"
                        disabled={!canSign}
                        title={canSign ? undefined : t('seals.needCommittee')}
                        onClick={() => setPending({ kind: 'download', seal })}
                      >
                        {t('seals.download')}
                      </Button>
                      {session.isChair ? (
                        <Button size="sm" onClick={() => setPending({ kind: 'reopen', seal })}>
                          {t('seals.reopen')}
                        </Button>
                      ) : null}
                    </>
                  ) : session.isChair ? (
                    <Button size="sm" icon="check" onClick={() => setPending({ kind: 'finalise', seal })}>
                      {t('seals.finalise')}
                    </Button>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pending?.kind === 'finalise' ? <FinaliseDialog seal={pending.seal} onClose={() => setPending(null)} /> : null}
      {pending?.kind === 'reopen' ? <ReopenSealDialog seal={pending.seal} onClose={() => setPending(null)} /> : null}
      {pending?.kind === 'download' ? <PassphraseDialog seal={pending.seal} onClose={() => setPending(null)} /> : null}
    </Card>
  );
}

function FinaliseDialog({ seal, onClose }: { seal: Seal; onClose: () => void }) {
  const { t } = useTranslation('decision');
  const notify = useNotify();
  const { finalise } = useDocumentActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    const result = await finalise(seal.categoryId);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    notify(t('seals.finalised', { category: seal.name }), 'success');
    onClose();
  };
  return (
    <ConfirmDialog
      title={t('confirmFinalise.title', { category: seal.name })}
      message={
        <>
          <p>{t('confirmFinalise.body')}</p>
          {error ? <Notice tone="error">{error}</Notice> : null}
        </>
      }
      confirmLabel={t('confirmFinalise.confirm')}
      busy={busy}
      onConfirm={() => void run()}
      onCancel={onClose}
    />
  );
}

function ReopenSealDialog({ seal, onClose }: { seal: Seal; onClose: () => void }) {
  const { t } = useTranslation('decision');
  const notify = useNotify();
  const { reopen } = useDocumentActions();
  return (
    <ReasonDialog
      title={t('reopenDialog.title', { category: seal.name })}
      description={t('reopenDialog.body')}
      reasonLabel={t('reopenDialog.reason')}
      reasonHint={t('reopenDialog.reasonHint')}
      confirmLabel={t('reopenDialog.confirm')}
      danger
      onConfirm={(reason) => reopen(seal.categoryId, reason)}
      onDone={() => {
        notify(t('seals.reopened', { category: seal.name }), 'success');
        onClose();
      }}
      onClose={onClose}
    />
  );
}

/** Asks the committee passphrase, then downloads the signed sheet (one category, or all when `seal` is null). */
function PassphraseDialog({ seal, onClose }: { seal: Seal | null; onClose: () => void }) {
  const { t } = useTranslation('decision');
  const { decision } = useDocumentActions();
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, download } = useDownload();
  const submit = async () => {
    const saved = await download(
      () => decision(seal?.categoryId ?? null, passphrase),
      (file) => t('seals.downloaded', { file }),
    );
    if (saved) onClose();
  };
  const what = seal ? t('passphraseDialog.one', { category: seal.name }) : t('passphraseDialog.all');
  return (
    <Dialog
      title={t('passphraseDialog.title')}
      description={t('passphraseDialog.body', { what })}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="primary" icon="download" disabled={busy || passphrase === ''}>
            {busy ? t('passphraseDialog.working') : t('passphraseDialog.confirm')}
          </Button>
        </>
      }
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      <TextField
        label={t('passphraseDialog.passphrase')}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={setPassphrase}
        required
        autoFocus
      />
    </Dialog>
  );
}
