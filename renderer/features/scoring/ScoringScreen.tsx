import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Notice, PageHeader } from '../../ui/Card';
import { SignedInBadge, SignInPanel } from '../session/SignInPanel';
import { sessionStore, useSession, useSessionLoading } from '../session/session.store';
import { CategoryList } from './CategoryList';
import { SheetView } from './SheetView';
import { useOverview, useScoringActions, useSheet } from './scoring.store';
import './scoring.css';

/** The juror's scoring workspace: sign in, pick a category, score it, submit it. */
export function ScoringScreen() {
  const { t } = useTranslation('scoring');
  const session = useSession();
  const loading = useSessionLoading();
  const jurorId = session?.jurorId ?? null;
  const { forJuror } = useScoringActions();

  useEffect(() => {
    void sessionStore.getState().refresh();
  }, []);

  // Another juror (or nobody) signed in: nothing of the previous sheet may stay on screen.
  useEffect(() => {
    void forJuror(jurorId);
  }, [jurorId, forJuror]);

  return (
    <section aria-labelledby="scoring-title" className="sc-screen">
      <PageHeader
        id="scoring-title"
        title={t('title')}
        lead={session ? t('intro') : undefined}
        actions={session ? <SignedInBadge session={session} /> : undefined}
      />
      {loading && !session ? null : session ? <Workspace /> : <SignInPanel />}
    </section>
  );
}

function Workspace() {
  const { overview, error } = useOverview();
  const { categoryId, sheet, error: sheetError } = useSheet();
  if (error) return <Notice tone="error">{error}</Notice>;
  if (!overview) return null;
  if (!categoryId) return <CategoryList overview={overview} />;
  if (sheetError) return <Notice tone="error">{sheetError}</Notice>;
  if (!sheet) return null;
  return (
    <Card className="sc-sheet-card" aria-labelledby="sc-sheet-title">
      <SheetView key={sheet.category.id} sheet={sheet} />
    </Card>
  );
}
