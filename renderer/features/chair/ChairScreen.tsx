import { useEffect, useState } from 'react';
import { JudgingScreen } from '../session/JudgingScreen';
import type { AwardSetup } from '../../../shared/award/award.schema';
import type { Session, SheetStatusRow } from '../../../shared/judging/judging.schema';
import { useChairActions } from './chair.store';
import { HistoryCard } from './HistoryCard';
import { ReleaseCard } from './ReleaseCard';
import { ReopenDialog } from './ReopenDialog';
import { SecretariatGate } from './SecretariatGate';
import { SheetsCard } from './SheetsCard';
import './chair.css';

/** The ketua's and sekretaris's screen: every sheet's status, reopening, releasing results, the history. */
export function ChairScreen() {
  return (
    <JudgingScreen ns="chair" id="chair-title" className="chair-screen">
      {(setup) => (
        <SecretariatGate>
          {(signedIn) => <ChairBody key={signedIn.jurorId} session={signedIn} setup={setup} />}
        </SecretariatGate>
      )}
    </JudgingScreen>
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
