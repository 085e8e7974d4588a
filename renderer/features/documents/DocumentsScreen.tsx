import { useEffect } from 'react';
import { JudgingScreen } from '../session/JudgingScreen';
import type { Session } from '../../../shared/judging/judging.schema';
import { Notice } from '../../ui/Card';
import { ApprovalsCard } from '../certificates/ApprovalsCard';
import { CertificatesCard } from '../certificates/CertificatesCard';
import { SignaturesCard } from '../certificates/SignaturesCard';
import { SecretariatGate } from '../chair/SecretariatGate';
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
  return (
    <JudgingScreen ns="decision" id="documents-title" className="documents-screen">
      {(_setup, session) => (
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
    </JudgingScreen>
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
