import { ApprovalsCard } from './ApprovalsCard';
import { CertificatesCard } from './CertificatesCard';
import { SignaturesCard } from './SignaturesCard';

/**
 * Part B's cards for the documents screen's `certificates` slot: signatures, approvals, and the
 * certificate and result exports. `<DocumentsScreen certificates={() => <CertificatesPanel />} />`.
 */
export function CertificatesPanel() {
  return (
    <>
      <SignaturesCard />
      <ApprovalsCard />
      <CertificatesCard />
    </>
  );
}
