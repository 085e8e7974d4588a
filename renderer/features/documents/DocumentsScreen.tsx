import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/judging/judging.schema';
import { Notice, PageHeader } from '../../ui/Card';
import { useSetup } from '../award/award.store';
import { SecretariatGate } from '../chair/SecretariatGate';
import { SignedInBadge } from '../session/SignInPanel';
import { useSession } from '../session/session.store';
import { CommitteeCard } from './CommitteeCard';
import { useDocumentActions, useDocuments } from './documents.store';
import { SealsCard } from './SealsCard';
import { VerifyCard } from './VerifyCard';
import './documents.css';

/**
 * Decision sheets: the committee certificate, finalising and the signed Berita Acara (ketua or
 * sekretaris), and checking a PDF (anyone). `certificates` is the slot for part B's certificate and
 * signature cards (renderer/features/certificates), rendered for the signed-in secretariat.
 */
export function DocumentsScreen({ certificates }: { certificates?: (session: Session) => ReactNode } = {}) {
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
          <SecretariatGate>
            {(signedIn) => (
              <DocumentsBody key={signedIn.jurorId} session={signedIn}>
                {certificates ? (
                  <div className="documents-slot" data-slot="certificates" aria-label={t('slot.certificates')}>
                    {certificates(signedIn)}
                  </div>
                ) : null}
              </DocumentsBody>
            )}
          </SecretariatGate>
          <VerifyCard />
        </>
      )}
    </section>
  );
}

function DocumentsBody({ session, children }: { session: Session; children?: ReactNode }) {
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
      {children}
    </div>
  );
}
