import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/judging/judging.schema';
import { Notice, PageHeader } from '../../ui/Card';
import { useSetup } from '../award/award.store';
import { ApprovalsCard } from '../certificates/ApprovalsCard';
import { CertificatesCard } from '../certificates/CertificatesCard';
import { SignaturesCard } from '../certificates/SignaturesCard';
import { SecretariatGate } from '../chair/SecretariatGate';
import { SignedInBadge } from '../session/SignInPanel';
import { useSession } from '../session/session.store';
import { CommitteeCard } from './CommitteeCard';
import { useDocumentActions, useDocuments } from './documents.store';
import { SealsCard } from './SealsCard';
import { VerifyCard } from './VerifyCard';
import './documents.css';

/**
 * Decision sheets and certificates. The secretariat (ketua or sekretaris): the committee
 * certificate, finalising and the signed Berita Acara, the certificates (piagam). Every signed-in
 * juror: their drawn signature and their approval by PIN. Anyone: checking a PDF.
 */
export function DocumentsScreen() {
  const { t } = useTranslation('decision');
  const setup = useSetup();
  const session = useSession();
  return (
    <section className="documents-screen" aria-labelledby="documents-title">
      <PageHeader
        id="documents-title"
        title={t('title')}
        lead={t('intro')}
        actions={session ? <SignedInBadge session={session} /> : undefined}
      />
      {!setup ? (
        <Notice>{t('noAward')}</Notice>
      ) : (
        <>
          <SecretariatGate>{(signedIn) => <DocumentsBody key={signedIn.jurorId} session={signedIn} />}</SecretariatGate>
          {session ? (
            <div className="documents-slot" data-slot="juror-signing">
              <SignaturesCard />
              <ApprovalsCard />
            </div>
          ) : null}
          <VerifyCard />
        </>
      )}
    </section>
  );
}

function DocumentsBody({ session }: { session: Session }) {
  const { load, clear } = useDocumentActions();
  const { loadError } = useDocuments();
  useEffect(() => {
    void load();
    return clear;
  }, [load, clear]);
  return (
    <div className="documents-body">
      {loadError ? <Notice tone="error">{loadError}</Notice> : null}
      <CommitteeCard session={session} />
      <SealsCard session={session} />
      <CertificatesCard />
    </div>
  );
}
