import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/envelope';
import type { Session } from '../../../shared/judging/judging.schema';
import { fieldErrors } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Card, Notice } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { useNotify } from '../../ui/toast.store';
import { useDownload } from '../../ui/use-download';
import { useDocumentActions, useDocuments } from './documents.store';

/** The award's committee certificate: created once by the ketua, exported as .cer for recipients. */
export function CommitteeCard({ session }: { session: Session }) {
  const { t, i18n } = useTranslation('decision');
  const { committee } = useDocuments();
  const { certificate } = useDocumentActions();
  const [creating, setCreating] = useState(false);
  const { error, download: save } = useDownload();
  const download = () => save(certificate, (file) => t('committee.downloaded', { file }));

  return (
    <Card
      className="documents-committee"
      title={t('committee.title')}
      description={t('committee.description')}
      actions={
        committee?.exists ? (
          <Button icon="download" onClick={() => void download()}>
            {t('committee.download')}
          </Button>
        ) : (
          <Button
            variant="primary"
            icon="signature"
            disabled={!session.isChair}
            title={session.isChair ? undefined : t('committee.chairOnly')}
            onClick={() => setCreating(true)}
          >
            {t('committee.create')}
          </Button>
        )
      }
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      {committee?.exists ? (
        <dl className="documents-facts">
          <dt>{t('committee.subject')}</dt>
          <dd>{committee.subject}</dd>
          <dt>{t('committee.fingerprint')}</dt>
          <dd className="documents-hash">{committee.fingerprint}</dd>
          <dt>{t('committee.created')}</dt>
          <dd>{formatDate(committee.createdAt, i18n.language, true)}</dd>
        </dl>
      ) : (
        <Notice>{t('committee.none')}</Notice>
      )}
      {creating ? <CreateDialog onClose={() => setCreating(false)} /> : null}
    </Card>
  );
}

function CreateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('decision');
  const notify = useNotify();
  const { createCommittee } = useDocumentActions();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const errors = fieldErrors(error);

  const submit = async () => {
    setBusy(true);
    const result = await createCommittee(passphrase, confirm);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    notify(t('committee.created_ok'), 'success');
    onClose();
  };

  return (
    <Dialog
      title={t('committee.dialogTitle')}
      description={t('committee.dialogBody')}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('committee.create')}
          </Button>
        </>
      }
    >
      {error && !errors.passphrase && !errors.confirm ? <Notice tone="error">{error.message}</Notice> : null}
      <TextField
        label={t('committee.passphrase')}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={setPassphrase}
        error={errors.passphrase}
        required
        autoFocus
      />
      <TextField
        label={t('committee.confirm')}
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={setConfirm}
        error={errors.confirm}
        required
      />
    </Dialog>
  );
}
