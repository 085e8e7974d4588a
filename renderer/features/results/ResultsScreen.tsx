import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/judging/judging.schema';
import { Card, EmptyState, Notice, PageHeader } from '../../ui/Card';
import { formatDate } from '../../ui/format';
import { useSetup } from '../award/award.store';
import { sessionStore, useSession, useSessionLoading } from '../session/session.store';
import { SignedInBadge, SignInPanel } from '../session/SignInPanel';
import { AgreementCard } from './AgreementCard';
import { BreakdownCard } from './BreakdownCard';
import { Heatmap } from './Heatmap';
import { RankingTable } from './RankingTable';
import { SpreadChart } from './SpreadChart';
import { useResults, useResultsActions } from './results.store';
import './results.css';

/** How often the screen asks main again while open, so results follow the scores as they arrive. */
const REFRESH_MS = 5000;

/** Hasil: the ranking per category, how it rolled up, and whether the jury agrees and the result holds. */
export function ResultsScreen() {
  const { t } = useTranslation('ranking');
  const session = useSession();
  const loading = useSessionLoading();
  const refresh = sessionStore((s) => s.refresh);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <section className="results-screen" aria-labelledby="results-title">
      <PageHeader
        id="results-title"
        title={t('title')}
        lead={t('intro')}
        actions={session ? <SignedInBadge session={session} /> : undefined}
      />
      {loading && !session ? null : session ? (
        <ResultsBody key={session.jurorId} session={session} />
      ) : (
        <SignInPanel title={t('signInTitle')} intro={t('signInBody')} />
      )}
    </section>
  );
}

function ResultsBody({ session }: { session: Session }) {
  const { t, i18n } = useTranslation('ranking');
  const setup = useSetup();
  const { outcomes, openSheets, categoryId, nomineeId, error } = useResults();
  const { load, selectCategory, selectNominee, clear } = useResultsActions();
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);

  // The first category until the user picks one; its results are fetched now and every REFRESH_MS.
  const firstId = setup?.categories[0]?.id ?? null;
  useEffect(() => {
    if (categoryId === null && firstId !== null) selectCategory(firstId);
  }, [categoryId, firstId, selectCategory]);
  useEffect(() => () => clear(), [clear]);
  useEffect(() => {
    if (categoryId === null) return;
    let live = true;
    const tick = async () => {
      await load(session.isSecretariat);
      if (live) setUpdatedAt(new Date().toISOString());
    };
    void tick();
    const timer = window.setInterval(() => void tick(), REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [load, categoryId, session.isSecretariat]);

  if (error) return <Notice tone="warning">{error}</Notice>;
  if (!setup || setup.categories.length === 0) {
    return (
      <Card>
        <EmptyState title={t('empty')} />
      </Card>
    );
  }
  // Nothing until the chosen category's results arrive (a moment), rather than another category's.
  const outcome = outcomes.find((o) => o.result.categoryId === categoryId);
  if (!outcome) return null;
  const jurorName = new Map(setup.jurors.map((j) => [j.id, j.name]));
  const category = setup.categories.find((c) => c.id === outcome.result.categoryId);
  const open = openSheets.filter((s) => s.categoryId === outcome.result.categoryId);
  const selected = outcome.result.ranking.find((r) => r.nomineeId === nomineeId) ?? null;

  return (
    <div className="results-body">
      <div className="results-toolbar">
        <label className="results-picker">
          <span>{t('category')}</span>
          <select className="input" value={outcome.result.categoryId} onChange={(e) => selectCategory(e.target.value)}>
            {setup.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <span className="results-toolbar__meta">
          {t(`method.${outcome.result.method}`)}
          {category ? ` · ${t('quorum', { count: category.scoring.quorum })}` : ''}
          {updatedAt ? ` · ${t('updated', { time: formatDate(updatedAt, i18n.language, true) })}` : ''}
        </span>
      </div>
      {open.length > 0 ? (
        <Notice tone="warning" title={t('openSheets', { count: open.length })}>
          {open.map((s) => `${s.juror} (${s.progress.done}/${s.progress.due})`).join(', ')}
        </Notice>
      ) : null}
      <div className="results-grid">
        <RankingTable
          result={outcome.result}
          selectedId={selected?.nomineeId ?? null}
          onSelect={(id) => selectNominee(id === selected?.nomineeId ? null : id)}
          canDecideTies={session.isChair && (category?.scoring.tieBreak.some((s) => s.kind === 'chair') ?? false)}
        />
        <AgreementCard analysis={outcome.analysis} jurorName={jurorName} />
      </div>
      {selected && category ? (
        <BreakdownCard nominee={selected} category={category} jurorName={jurorName} method={outcome.result.method} />
      ) : null}
      <SpreadChart result={outcome.result} jurorName={jurorName} />
      <Heatmap result={outcome.result} jurorName={jurorName} />
    </div>
  );
}
