import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sheet } from '../../../shared/judging/judging.schema';
import { Button } from '../../ui/Button';
import { Badge, Notice } from '../../ui/Card';
import { Checkbox } from '../../ui/Field';
import { CellPanel } from './CellPanel';
import { CommentDialog } from './CommentDialog';
import { HistoryDialog } from './HistoryDialog';
import { NomineeView } from './NomineeView';
import { ProgressBar } from './ProgressBar';
import { ScoreGrid } from './ScoreGrid';
import {
  useFocusCell,
  useLastSaved,
  useProblems,
  useScoringActions,
  useSheetProgress,
  useTodo,
  useView,
} from './scoring.store';
import { cellKey, timeText } from './sheet-model';
import { SubmitDialog } from './SubmitDialog';

type CellRef = { nomineeId: string; criterionId: string };
type HistoryScope = { nomineeId?: string; criterionId?: string };

/** One category's sheet: progress, status, the grid or the nominee view, and the submit button. */
export function SheetView({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation('scoring');
  const view = useView();
  const todo = useTodo();
  const progress = useSheetProgress();
  const { setView, setTodo, openCategory } = useScoringActions();
  const [commentFor, setCommentFor] = useState<CellRef | null>(null);
  const [historyFor, setHistoryFor] = useState<HistoryScope | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const locked = sheet.status === 'submitted';
  const complete = progress.due > 0 && progress.done === progress.due;

  const nominees = useMemo(
    () => (todo ? sheet.nominees.filter((n) => todo.includes(n.id)) : sheet.nominees),
    [sheet.nominees, todo],
  );
  const nameOf = (ref: CellRef) => ({
    nominee: sheet.nominees.find((n) => n.id === ref.nomineeId) ?? { id: ref.nomineeId, name: ref.nomineeId },
    criterion: sheet.criteria.find((c) => c.id === ref.criterionId) ?? { id: ref.criterionId, name: ref.criterionId },
  });
  const openComment = (nomineeId: string, criterionId: string) => setCommentFor({ nomineeId, criterionId });
  const openHistory = (nomineeId: string, criterionId: string) =>
    setHistoryFor({ ...(nomineeId ? { nomineeId } : {}), ...(criterionId ? { criterionId } : {}) });
  const historyTitle = (scope: HistoryScope) => {
    const nominee = sheet.nominees.find((n) => n.id === scope.nomineeId)?.name;
    const criterion = sheet.criteria.find((c) => c.id === scope.criterionId)?.name;
    if (nominee && criterion) return t('cellName', { nominee, criterion });
    return nominee ?? sheet.category.name;
  };

  return (
    <div className="sc-sheet">
      <div className="sc-sheet__bar">
        <Button variant="ghost" size="sm" onClick={() => void openCategory(null)}>
          {t('sheet.back')}
        </Button>
        <h2 className="sc-sheet__title" id="sc-sheet-title">
          {sheet.category.name}
        </h2>
        <Button size="sm" variant="ghost" icon="file" onClick={() => setHistoryFor({})}>
          {t('sheet.history')}
        </Button>
        <span data-testid="sheet-status">
          {locked ? (
            <Badge tone="success">{t('status.submitted')}</Badge>
          ) : (
            <Badge tone="accent">{t('status.open')}</Badge>
          )}
        </span>
      </div>
      <div className="sc-sheet__tools">
        <ProgressBar progress={progress} label={t('sheet.progress')} testId="sheet-progress" />
        <div className="sc-viewswitch" role="group" aria-label={t('sheet.viewLabel')}>
          <Button
            size="sm"
            variant={view === 'grid' ? 'primary' : 'secondary'}
            aria-pressed={view === 'grid'}
            onClick={() => setView('grid')}
          >
            {t('sheet.gridView')}
          </Button>
          <Button
            size="sm"
            variant={view === 'nominee' ? 'primary' : 'secondary'}
            aria-pressed={view === 'nominee'}
            onClick={() => setView('nominee')}
          >
            {t('sheet.nomineeView')}
          </Button>
        </div>
        <Checkbox label={t('sheet.todoOnly')} checked={todo !== null} onChange={setTodo} />
        <Button
          variant="primary"
          icon="check"
          className="sc-submit"
          disabled={locked || !complete}
          title={
            locked
              ? undefined
              : complete
                ? undefined
                : t('submit.incomplete', { missing: progress.due - progress.done })
          }
          onClick={() => setSubmitting(true)}
        >
          {t('submit.button')}
        </Button>
      </div>
      {locked ? (
        <Notice tone="success" title={t('status.lockedTitle')}>
          {t('status.lockedBody')}
        </Notice>
      ) : null}
      {todo && nominees.length === 0 ? <Notice tone="success">{t('sheet.allDone')}</Notice> : null}
      {view === 'grid' ? (
        <>
          {locked ? null : <StatusLine sheet={sheet} />}
          <div className="sc-sheet__body">
            <ScoreGrid sheet={sheet} nominees={nominees} onComment={openComment} onHistory={openHistory} />
            <CellPanel sheet={sheet} onComment={openComment} onHistory={openHistory} />
          </div>
          {locked ? null : <p className="sc-keys">{t('grid.keys')}</p>}
        </>
      ) : (
        <NomineeView sheet={sheet} nominees={nominees} onComment={openComment} onHistory={openHistory} />
      )}
      {commentFor ? (
        <CommentDialog
          {...nameOf(commentFor)}
          readOnly={locked || Boolean(sheet.nominees.find((n) => n.id === commentFor.nomineeId)?.conflict)}
          onClose={() => setCommentFor(null)}
        />
      ) : null}
      {historyFor ? (
        <HistoryDialog title={historyTitle(historyFor)} filter={historyFor} onClose={() => setHistoryFor(null)} />
      ) : null}
      {submitting ? <SubmitDialog category={sheet.category.name} onClose={() => setSubmitting(false)} /> : null}
    </div>
  );
}

/** Above the grid: the refusal of the focused cell, or when the last score was saved. */
function StatusLine({ sheet }: { sheet: Sheet }) {
  const { t, i18n } = useTranslation('scoring');
  const problems = useProblems();
  const last = useLastSaved();
  const focus = useFocusCell();
  const focusKey = focus ? cellKey(focus.nomineeId, focus.criterionId) : '';
  const problemKey = problems[focusKey] ? focusKey : Object.keys(problems)[0];
  const name = (key: string) => {
    const [nomineeId, criterionId] = key.split('|');
    return t('cellName', {
      nominee: sheet.nominees.find((n) => n.id === nomineeId)?.name ?? '',
      criterion: sheet.criteria.find((c) => c.id === criterionId)?.name ?? '',
    });
  };
  if (problemKey && problems[problemKey]) {
    return (
      <p className="sc-status sc-status--error" id="sc-status" role="alert">
        <strong>{name(problemKey)}:</strong> {problems[problemKey]} {t('grid.kept')}
      </p>
    );
  }
  return (
    <p className="sc-status" id="sc-status" role="status" aria-live="polite">
      {last
        ? t('status.lastSaved', { time: timeText(last.savedAt, i18n.language), cell: name(last.key) })
        : t('status.autosave')}
    </p>
  );
}
