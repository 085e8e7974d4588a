import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardSetup } from '../../../shared/award/award.schema';
import type { Session, SheetStatusRow } from '../../../shared/judging/judging.schema';
import { Notice, PageHeader } from '../../ui/Card';
import { useSetup } from '../award/award.store';
import { useSession } from '../session/session.store';
import { useChairActions } from './chair.store';
import { HistoryCard } from './HistoryCard';
import { ReleaseCard } from './ReleaseCard';
import { ReopenDialog } from './ReopenDialog';
import { SecretariatGate } from './SecretariatGate';
import { SignedInBadge } from '../session/SignInPanel';
import { SheetsCard } from './SheetsCard';
import './chair.css';

/** The ketua's and sekretaris's screen: every sheet's status, reopening, releasing results, the history. */
export function ChairScreen() {
  const { t } = useTranslation('chair');
  const setup = useSetup();
  const session = useSession();
  return (
    <section className="chair-screen" aria-labelledby="chair-title">
      <PageHeader
        id="chair-title"
        title={t('title')}
        lead={t('intro')}
        actions={session ? <SignedInBadge session={session} /> : undefined}
      />
      {!setup ? (
        <Notice>{t('noAward')}</Notice>
      ) : (
        <SecretariatGate>
          {(signedIn) => <ChairBody key={signedIn.jurorId} session={signedIn} setup={setup} />}
        </SecretariatGate>
      )}
    </section>
  );
}

function ChairBody({ session, setup }: { session: Session; setup: AwardSetup }) {
  const { loadSheets, loadReleased, loadHistory, setQuery, clear } = useChairActions();
  const [reopening, setReopening] = useState<SheetStatusRow | null>(null);

  useEffect(() => {
    void loadSheets();
    void loadReleased();
    void loadHistory();
    return clear;
  }, [loadSheets, loadReleased, loadHistory, clear]);

  const showHistory = (row: SheetStatusRow) => {
    setQuery({ jurorId: row.jurorId, categoryId: row.categoryId, nomineeId: '', criterionId: '' });
    document.getElementById('chair-history')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <div className="chair-body">
      <SheetsCard session={session} onReopen={setReopening} onHistory={showHistory} />
      <ReleaseCard session={session} />
      <HistoryCard setup={setup} />
      {reopening ? <ReopenDialog row={reopening} onClose={() => setReopening(null)} /> : null}
    </div>
  );
}
