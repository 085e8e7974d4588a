import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyReport } from '../../../shared/documents/document.schema';
import { Button } from '../../ui/Button';
import { Badge, Card, Notice } from '../../ui/Card';
import { formatDate } from '../../ui/format';
import { fileToBase64 } from '../../ui/files';
import { useDocumentActions, useDocuments } from './documents.store';

const MAX_PDF_BYTES = 25 * 1024 * 1024;

/** Choose or drop a PDF: valid or not, who signed and when, and whether it matches the open award. */
export function VerifyCard() {
  const { t } = useTranslation('decision');
  const { verified } = useDocuments();
  const { verify } = useDocumentActions();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const check = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_PDF_BYTES) return setError(t('verify.tooLarge'));
    setBusy(true);
    const result = await verify(file.name, await fileToBase64(file));
    setBusy(false);
    if (!result.ok) setError(result.error.message);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void check(event.dataTransfer.files[0]);
  };

  return (
    <Card className="documents-verify" title={t('verify.title')} description={t('verify.description')}>
      <div
        className={['documents-drop', over ? 'documents-drop--over' : ''].filter(Boolean).join(' ')}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <span>{busy ? t('verify.checking') : t('verify.drop')}</span>
        <Button icon="upload" disabled={busy} onClick={() => input.current?.click()}>
          {t('verify.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          accept="application/pdf,.pdf"
          hidden
          aria-label={t('verify.choose')}
          data-testid="verify-input"
          onChange={(e) => {
            void check(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {verified && !error ? <VerifyResult fileName={verified.fileName} report={verified.report} /> : null}
    </Card>
  );
}

function VerifyResult({ fileName, report }: { fileName: string; report: VerifyReport }) {
  const { t, i18n } = useTranslation('decision');
  return (
    <div className={`documents-verdict documents-verdict--${report.valid ? 'valid' : 'invalid'}`} role="status">
      <p className="documents-verdict__head">
        <Badge tone={report.valid ? 'success' : 'warning'}>
          {report.valid ? t('verify.valid') : t('verify.invalid')}
        </Badge>
        <span>
          {t('verify.file')}: {fileName}
        </span>
      </p>
      <dl className="documents-facts">
        {report.claim ? (
          <>
            <dt>{t('verify.award')}</dt>
            <dd>{report.claim.award}</dd>
            <dt>{t('verify.number')}</dt>
            <dd>{report.claim.documentNumber}</dd>
          </>
        ) : null}
        {report.signatures.map((s, i) => (
          <div key={i} className="documents-facts__group">
            <dt>{t('verify.signature', { n: i + 1 })}</dt>
            <dd>
              {s.valid ? t('verify.signatureOk') : t('verify.signatureBad')} — {s.signer ?? '?'}
              {s.committee === null ? null : ` (${s.committee ? t('verify.committee') : t('verify.otherSigner')})`}
              {s.signingTime ? `, ${formatDate(s.signingTime, i18n.language, true)}` : null}
            </dd>
          </div>
        ))}
      </dl>
      {report.categories.length > 0 ? (
        <>
          <h3 className="documents-subhead">{t('verify.categories')}</h3>
          <ul className="documents-list">
            {report.categories.map((c) => (
              <li key={c.id}>
                <strong>{c.name}</strong>:{' '}
                {c.matches === null ? t('verify.unchecked') : c.matches ? t('verify.matches') : t('verify.differs')}
                <div className="documents-hash">{c.fingerprint}</div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.problems.length > 0 ? (
        <>
          <h3 className="documents-subhead">{t('verify.problems')}</h3>
          <ul className="documents-list documents-list--problems">
            {report.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
