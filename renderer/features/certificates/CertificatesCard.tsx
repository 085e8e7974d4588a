import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateCheck } from '../../../shared/certificates/certificate.schema';
import { Button } from '../../ui/Button';
import { Badge, Card, Notice } from '../../ui/Card';
import { Select, TextField } from '../../ui/Field';
import { saveDownload } from '../../ui/files';
import { useNotify } from '../../ui/toast.store';
import { useSetup } from '../award/award.store';
import { useCertificateActions, useCertificates } from './certificates.store';
import './certificates.css';

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/**
 * Making the certificates (off the main thread, with a progress bar and cancel), the result
 * workbook, the certificates' logo and background, and checking a certificate's QR code.
 */
export function CertificatesCard() {
  const { t } = useTranslation('certificates');
  const notify = useNotify();
  const setup = useSetup();
  const { job, images } = useCertificates();
  const { startExport, cancelExport, combined, xlsx, loadImages, setImage } = useCertificateActions();
  const [categoryId, setCategoryId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const running = job?.state === 'running';

  useEffect(() => {
    void loadImages();
  }, [loadImages]);

  const start = async () => {
    setError(null);
    const result = await startExport(categoryId || null, passphrase || undefined);
    if (!result.ok) setError(result.error.message);
  };
  const download = async (pending: ReturnType<typeof xlsx>) => {
    const result = await pending;
    if (!result.ok) return setError(result.error.message);
    saveDownload(result.value);
    notify(t('export.downloaded', { file: result.value.fileName }), 'success');
  };
  const chooseImage = (kind: 'logo' | 'background') => async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = await setImage(kind, await readAsDataUrl(file));
    if (!result.ok) return setError(result.error.message);
    notify(t('export.imageSaved'), 'success');
  };

  return (
    <Card className="certificates-export" title={t('export.title')} description={t('export.description')}>
      <div className="certificates-form">
        <Select
          label={t('export.category')}
          value={categoryId}
          onChange={setCategoryId}
          disabled={running}
          options={[
            { value: '', label: t('export.all') },
            ...(setup?.categories ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <TextField
          label={t('export.passphrase')}
          hint={t('export.passphraseHint')}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={setPassphrase}
          disabled={running}
        />
        <div className="certificates-actions">
          <Button variant="primary" icon="file" disabled={running} onClick={() => void start()}>
            {t('export.start')}
          </Button>
          <Button icon="download" title={t('export.xlsxHint')} onClick={() => void download(xlsx())}>
            {t('export.xlsx')}
          </Button>
        </div>
      </div>
      {job ? (
        <div className="certificates-job" aria-live="polite">
          <progress max={job.total} value={job.done} aria-label={t('export.progress', job)} />
          {running ? (
            <div className="certificates-actions">
              <span>{t('export.progress', job)}</span>
              <Button size="sm" variant="danger" onClick={() => void cancelExport()}>
                {t('export.cancel')}
              </Button>
            </div>
          ) : job.state === 'done' ? (
            <div className="certificates-actions">
              <span>{t('export.done', { count: job.total - 1, dir: job.dir })}</span>
              <Button size="sm" icon="download" onClick={() => void download(combined())}>
                {t('export.downloadCombined')}
              </Button>
            </div>
          ) : job.state === 'cancelled' ? (
            <Notice>{t('export.cancelled', { dir: job.dir })}</Notice>
          ) : (
            <Notice tone="error">{t('export.failed', { error: job.error ?? '' })}</Notice>
          )}
        </div>
      ) : null}
      <div className="certificates-images">
        {(['logo', 'background'] as const).map((kind) => (
          <div key={kind} className="certificates-image">
            <span className="field__label">{t(`export.${kind}`)}</span>
            {images[kind] ? <img src={images[kind]} alt={t(`export.${kind}`)} /> : <span>{t('export.noImage')}</span>}
            <label className="btn btn--ghost btn--sm">
              <input
                type="file"
                accept="image/png,image/jpeg"
                className="visually-hidden"
                onChange={(e) => void chooseImage(kind)(e)}
              />
              <span>{t('export.chooseImage')}</span>
            </label>
            {images[kind] ? (
              <Button size="sm" variant="ghost" icon="trash" onClick={() => void setImage(kind, null)}>
                {t('export.removeImage')}
              </Button>
            ) : null}
          </div>
        ))}
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <VerifyPayload />
    </Card>
  );
}

function VerifyPayload() {
  const { t } = useTranslation('certificates');
  const { verify } = useCertificateActions();
  const [payload, setPayload] = useState('');
  const [check, setCheck] = useState<CertificateCheck | null>(null);
  return (
    <form
      className="certificates-verify"
      onSubmit={(e) => {
        e.preventDefault();
        void verify(payload).then((r) => setCheck(r.ok ? r.value : null));
      }}
    >
      <h3>{t('verify.title')}</h3>
      <TextField label={t('verify.payload')} value={payload} onChange={setPayload} spellCheck={false} />
      <Button type="submit" disabled={!payload.trim()}>
        {t('verify.check')}
      </Button>
      {check ? (
        <div className="certificates-check" data-valid={check.valid}>
          <Badge tone={check.valid ? 'success' : 'warning'}>
            {check.valid ? t('verify.valid') : t('verify.invalid')}
          </Badge>
          {check.claim ? (
            <dl>
              <dt>{t('verify.nominee')}</dt>
              <dd>{check.award?.nominee ?? check.claim.n}</dd>
              <dt>{t('verify.titleRank')}</dt>
              <dd>
                {check.claim.t} ({check.claim.r})
              </dd>
              <dt>{t('verify.key')}</dt>
              <dd>{check.keyId}</dd>
              {check.award ? (
                <>
                  <dt>{t('verify.matches')}</dt>
                  <dd>{check.award.matchesResults ? '✓' : '✗'}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
