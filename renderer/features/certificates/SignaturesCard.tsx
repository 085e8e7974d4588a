import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Card, Notice } from '../../ui/Card';
import { Select } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { useNotify } from '../../ui/toast.store';
import { useSession } from '../session/session.store';
import { useCertificateActions, useCertificates } from './certificates.store';
import { SignaturePad, type SignaturePadHandle } from './SignaturePad';
import './certificates.css';

/**
 * Drawing and keeping jurors' signatures: one's own, or for the ketua and sekretaris any juror's
 * (a juror may sign on the secretariat's laptop). Shows the stored signature beside the pad.
 */
export function SignaturesCard() {
  const { t, i18n } = useTranslation('certificates');
  const notify = useNotify();
  const session = useSession();
  const { signatures, loadError } = useCertificates();
  const { loadSignatures, saveSignature, clearSignature } = useCertificateActions();
  const [chosen, setJurorId] = useState<string | null>(null);
  const jurorId = chosen ?? session?.jurorId ?? '';
  const [empty, setEmpty] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pad = useRef<SignaturePadHandle>(null);

  useEffect(() => {
    void loadSignatures();
  }, [loadSignatures]);

  const current = signatures.find((s) => s.jurorId === jurorId) ?? null;
  const forOther = session !== null && jurorId !== session.jurorId;

  const save = async () => {
    const image = pad.current?.toPng() ?? null;
    if (!image) return setError(t('signatures.empty'));
    setBusy(true);
    const result = await saveSignature(image, forOther ? jurorId : undefined);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    pad.current?.clear();
    notify(t('signatures.saved', { name: result.value.name }), 'success');
  };
  const remove = async () => {
    const result = await clearSignature(forOther ? jurorId : undefined);
    if (!result.ok) return setError(result.error.message);
    notify(t('signatures.removed', { name: result.value.name }), 'info');
  };

  return (
    <Card className="certificates-signatures" title={t('signatures.title')} description={t('signatures.description')}>
      {loadError ? <Notice tone="error">{loadError}</Notice> : null}
      {session?.isSecretariat && signatures.length > 1 ? (
        <Select
          label={t('signatures.juror')}
          value={jurorId}
          onChange={setJurorId}
          options={signatures.map((s) => ({ value: s.jurorId, label: s.name }))}
        />
      ) : null}
      <div className="certificates-signature-row">
        <div className="certificates-pad">
          <SignaturePad ref={pad} label={t('signatures.pad')} onChange={setEmpty} />
          <div className="certificates-actions">
            <Button size="sm" variant="ghost" onClick={() => pad.current?.clear()} disabled={empty}>
              {t('signatures.clear')}
            </Button>
            <Button size="sm" variant="primary" icon="signature" onClick={() => void save()} disabled={busy}>
              {t('signatures.save')}
            </Button>
          </div>
        </div>
        <figure className="certificates-stored">
          <figcaption>
            {t('signatures.stored')}
            {current?.at ? ` · ${t('signatures.storedAt', { at: formatDate(current.at, i18n.language, true) })}` : ''}
          </figcaption>
          {current?.image ? (
            <img
              src={current.image}
              alt={`${t('signatures.stored')}: ${current.name}`}
              data-testid="stored-signature"
            />
          ) : (
            <p className="certificates-muted">{t('signatures.none')}</p>
          )}
          {current?.image ? (
            <Button size="sm" variant="ghost" icon="trash" onClick={() => void remove()}>
              {t('signatures.remove')}
            </Button>
          ) : null}
        </figure>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </Card>
  );
}
