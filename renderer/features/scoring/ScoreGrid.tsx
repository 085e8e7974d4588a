import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetCriterion, SheetNominee } from '../../../shared/judging/judging.schema';
import { runningTotal } from '../../../shared/judging/score-rules';
import { Icon } from '../../ui/Icon';
import { formatNumber, numberForInput } from '../../ui/format';
import { CellView } from './CellView';
import { step, type Move } from './grid-nav';
import { useCells, useFocusCell, useProblems, useSaves, useScoringActions } from './scoring.store';
import { cellKey, judgedOf, problemText, readScore, scaleText, totalText, type SheetViewProps } from './sheet-model';

/**
 * The category grid: nominees × criteria, entered by keyboard like a spreadsheet. Digits overwrite the
 * focused cell, Enter saves and moves down, Tab moves right, Esc cancels, Delete clears. Conflict rows and
 * indicator columns are read-only and skipped; a submitted sheet is read-only throughout.
 */
export function ScoreGrid({ sheet, nominees, onComment, onHistory }: SheetViewProps) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  const cells = useCells();
  const saves = useSaves();
  const problems = useProblems();
  const focus = useFocusCell();
  const { save, refuse, clearProblem, setFocus } = useScoringActions();
  const [editing, setEditing] = useState<{ key: string; text: string } | null>(null);
  const refs = useRef(new Map<string, HTMLElement>());
  const wantFocus = useRef(false);
  // Set when a key ended the edit, so the blur of the removed editor does not save a second time.
  const editDone = useRef(false);
  const locked = sheet.status === 'submitted';

  const judged = judgedOf(sheet);
  const rows = useMemo(() => nominees.filter((n) => !n.conflict), [nominees]);
  const measured = useMemo(
    () => new Map(sheet.measured.map((m) => [cellKey(m.nomineeId, m.criterionId), m.value])),
    [sheet.measured],
  );

  // Keep the focused cell on a row that is shown.
  useEffect(() => {
    const first = rows[0];
    const firstCriterion = judged[0];
    if (!first || !firstCriterion) return;
    if (!focus || !rows.some((r) => r.id === focus.nomineeId)) setFocus(first.id, firstCriterion.id);
  });

  useEffect(() => {
    if (!wantFocus.current || !focus || editing) return;
    wantFocus.current = false;
    refs.current.get(cellKey(focus.nomineeId, focus.criterionId))?.focus();
  }, [focus, editing]);

  const moveFrom = (nomineeId: string, criterionId: string, move: Move): boolean => {
    const r = rows.findIndex((n) => n.id === nomineeId);
    const c = judged.findIndex((k) => k.id === criterionId);
    const target = step(r, c, rows.length - 1, judged.length - 1, move);
    if (!target) return false;
    const [row, col] = target;
    const nominee = rows[row];
    const criterion = judged[col];
    if (!nominee || !criterion) return false;
    wantFocus.current = true;
    setFocus(nominee.id, criterion.id);
    // Same cell: the effect does not run again, so focus it here (after an edit ends).
    if (nominee.id === nomineeId && criterion.id === criterionId) {
      requestAnimationFrame(() => refs.current.get(cellKey(nominee.id, criterion.id))?.focus());
    }
    return true;
  };

  /** Validates and saves what was typed; false when refused (the old value stays). */
  const commit = (nominee: SheetNominee, criterion: SheetCriterion, text: string): boolean => {
    const key = cellKey(nominee.id, criterion.id);
    const read = readScore(text, criterion.scale);
    if ('problem' in read) {
      refuse(nominee.id, criterion.id, problemText(t, read.problem, lang));
      return false;
    }
    clearProblem(nominee.id, criterion.id);
    const current = cells[key]?.value ?? null;
    if (read.value !== current || saves[key]?.status === 'error') void save(nominee.id, criterion.id, read.value);
    return true;
  };

  const onCellKey = (event: KeyboardEvent, nominee: SheetNominee, criterion: SheetCriterion) => {
    const key = cellKey(nominee.id, criterion.id);
    const moves: Record<string, Move> = {
      ArrowUp: 'up',
      ArrowDown: 'down',
      ArrowLeft: 'left',
      ArrowRight: 'right',
      Enter: event.shiftKey ? 'up' : 'down',
      Home: event.ctrlKey ? 'top' : 'home',
      End: event.ctrlKey ? 'bottom' : 'end',
    };
    if (event.key === 'Tab') {
      if (moveFrom(nominee.id, criterion.id, event.shiftKey ? 'prev' : 'next')) event.preventDefault();
      return;
    }
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveFrom(nominee.id, criterion.id, move);
      return;
    }
    if (event.key === 'F2' && event.shiftKey) {
      event.preventDefault();
      onComment(nominee.id, criterion.id);
      return;
    }
    if (event.key === 'F3' && event.shiftKey) {
      event.preventDefault();
      onHistory(nominee.id, criterion.id);
      return;
    }
    if (locked || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'F2') {
      event.preventDefault();
      const value = cells[key]?.value ?? null;
      setEditing({ key, text: value === null ? '' : numberForInput(value, lang) });
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      clearProblem(nominee.id, criterion.id);
      if ((cells[key]?.value ?? null) !== null) void save(nominee.id, criterion.id, null);
      return;
    }
    if (/^[0-9]$/.test(event.key) || event.key === ',' || event.key === '.' || event.key === '-') {
      event.preventDefault();
      clearProblem(nominee.id, criterion.id);
      setEditing({ key, text: event.key });
    }
  };

  const onEditorKey = (event: KeyboardEvent<HTMLInputElement>, nominee: SheetNominee, criterion: SheetCriterion) => {
    const finish: Record<string, Move> = {
      Enter: event.shiftKey ? 'up' : 'down',
      Tab: event.shiftKey ? 'prev' : 'next',
      ArrowUp: 'up',
      ArrowDown: 'down',
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      editDone.current = true;
      setEditing(null);
      moveFrom(nominee.id, criterion.id, 'stay');
      return;
    }
    const move = finish[event.key];
    if (!move) return;
    event.preventDefault();
    editDone.current = true;
    const ok = commit(nominee, criterion, event.currentTarget.value);
    setEditing(null);
    if (!ok || !moveFrom(nominee.id, criterion.id, move)) moveFrom(nominee.id, criterion.id, 'stay');
  };

  const headerOf = (c: SheetCriterion) => (
    <span className="sc-colhead">
      <span className="sc-colhead__name">{c.name}</span>
      <span className="sc-colhead__meta">
        {t('grid.weightScale', { weight: formatNumber(c.weight, lang), scale: scaleText(c.scale, lang) })}
      </span>
      {c.kind === 'indicator' ? <span className="sc-colhead__meta">{t('grid.indicatorNote')}</span> : null}
    </span>
  );

  return (
    <div className="sc-grid-wrap">
      <table
        role="grid"
        className={['sc-grid', locked ? 'sc-grid--locked' : ''].join(' ')}
        aria-label={t('grid.label', { category: sheet.category.name })}
        aria-rowcount={nominees.length + 1}
        aria-colcount={sheet.criteria.length + 2}
        aria-readonly={locked || undefined}
      >
        <thead>
          <tr role="row" aria-rowindex={1}>
            <th role="columnheader" aria-colindex={1} className="sc-grid__nominee-head">
              {t('grid.nominee')}
            </th>
            {sheet.criteria.map((c, i) => (
              <th
                key={c.id}
                role="columnheader"
                aria-colindex={i + 2}
                className={c.kind === 'indicator' ? 'sc-grid__head--indicator' : undefined}
              >
                {headerOf(c)}
              </th>
            ))}
            <th role="columnheader" aria-colindex={sheet.criteria.length + 2} className="sc-grid__total-head">
              {t('grid.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {nominees.map((n, r) => {
            const total = runningTotal(sheet.criteria, (id) => cells[cellKey(n.id, id)]?.value);
            return (
              <tr
                key={n.id}
                role="row"
                aria-rowindex={r + 2}
                className={n.conflict ? 'sc-row--conflict' : undefined}
                data-nominee={n.id}
              >
                <th role="rowheader" aria-colindex={1} scope="row" className="sc-grid__nominee">
                  <span className="sc-grid__nominee-name">{n.name}</span>
                  {n.conflict ? (
                    <span className="badge badge--warning sc-conflict">
                      <Icon name="alert" size={14} />
                      {t('grid.conflict')}
                    </span>
                  ) : null}
                </th>
                {sheet.criteria.map((c, i) => {
                  const key = cellKey(n.id, c.id);
                  const cell = cells[key];
                  const value = c.kind === 'indicator' ? (measured.get(key) ?? null) : (cell?.value ?? null);
                  const editable = c.kind === 'judged' && !n.conflict;
                  const active = editable && focus?.nomineeId === n.id && focus.criterionId === c.id;
                  const isEditing = editing?.key === key;
                  const problem = problems[key];
                  const state = saves[key];
                  const label = t('grid.cellLabel', { nominee: n.name, criterion: c.name });
                  return (
                    <td
                      key={c.id}
                      role="gridcell"
                      aria-colindex={i + 2}
                      aria-label={label}
                      aria-readonly={!editable || locked || undefined}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem && active ? 'sc-status' : undefined}
                      aria-selected={active || undefined}
                      tabIndex={editable ? (active ? 0 : -1) : undefined}
                      data-criterion={c.id}
                      data-state={state?.status}
                      ref={(el) => {
                        if (el && editable) refs.current.set(key, el);
                        else refs.current.delete(key);
                      }}
                      className={[
                        'sc-cell',
                        editable ? '' : 'sc-cell--readonly',
                        c.kind === 'indicator' ? 'sc-cell--indicator' : '',
                        active ? 'sc-cell--active' : '',
                        problem ? 'sc-cell--invalid' : '',
                      ].join(' ')}
                      onFocus={() => editable && setFocus(n.id, c.id)}
                      onMouseDown={() => editable && setFocus(n.id, c.id)}
                      onDoubleClick={() =>
                        editable &&
                        !locked &&
                        setEditing({ key, text: value === null ? '' : numberForInput(value, lang) })
                      }
                      onKeyDown={(e) => {
                        if (editable && !isEditing) onCellKey(e, n, c);
                      }}
                    >
                      {isEditing ? (
                        <input
                          className="sc-cell__editor"
                          aria-label={label}
                          inputMode="decimal"
                          autoComplete="off"
                          autoFocus
                          defaultValue={editing.text}
                          onKeyDown={(e) => onEditorKey(e, n, c)}
                          onFocus={(e) => {
                            editDone.current = false;
                            const end = e.currentTarget.value.length;
                            e.currentTarget.setSelectionRange(end, end);
                          }}
                          onBlur={(e) => {
                            if (editDone.current) return;
                            editDone.current = true;
                            commit(n, c, e.currentTarget.value);
                            setEditing(null);
                          }}
                        />
                      ) : (
                        <CellView
                          value={value}
                          hasComment={Boolean(cell?.comment)}
                          state={state}
                          problem={problem}
                          readOnlyNote={
                            c.kind === 'indicator' ? t('grid.indicatorCell') : n.conflict ? t('grid.conflictCell') : ''
                          }
                        />
                      )}
                    </td>
                  );
                })}
                <td role="gridcell" aria-colindex={sheet.criteria.length + 2} aria-readonly className="sc-grid__total">
                  {n.conflict || total.total === null ? (
                    <span className="sc-muted">—</span>
                  ) : (
                    <span className={total.complete ? '' : 'sc-muted'}>{totalText(total.total, lang)}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
