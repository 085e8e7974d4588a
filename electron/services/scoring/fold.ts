import type { EventRow } from '../../db/schema';
import { clockOf } from './hlc';

/** The fields of an event the fold reads (an `EventRow` has them all). */
export type FoldableEvent = Pick<
  EventRow,
  | 'device_id'
  | 'hlc'
  | 'at'
  | 'type'
  | 'juror_id'
  | 'category_id'
  | 'nominee_id'
  | 'criterion_id'
  | 'value'
  | 'text'
  | 'source'
>;

export interface FoldedScore {
  jurorId: string | null;
  categoryId: string | null;
  nomineeId: string | null;
  criterionId: string | null;
  value: number | null;
  valueClock: string;
  comment: string;
  commentClock: string;
}

export interface FoldedNote {
  jurorId: string | null;
  categoryId: string | null;
  nomineeId: string | null;
  text: string;
  clock: string;
}

export interface FoldedSheet {
  jurorId: string | null;
  categoryId: string | null;
  status: 'open' | 'submitted';
  clock: string;
}

export interface FoldedIndicator {
  nomineeId: string | null;
  criterionId: string | null;
  value: number | null;
  source: string;
  at: string;
  clock: string;
}

/** The current state recomputed from events: what the projection tables hold, rows sorted by key. */
export interface FoldedState {
  scores: FoldedScore[];
  notes: FoldedNote[];
  sheets: FoldedSheet[];
  indicators: FoldedIndicator[];
  /** The `results_released` meta value, `<clock>|<0 or 1>`, or null while no release event exists. */
  release: string | null;
}

/**
 * SQLite's BINARY order of TEXT (UTF-8 bytes), which is code point order. JS `<` compares UTF-16
 * units and disagrees with it above U+FFFF, so clocks and keys are compared here instead.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i += 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

const keyOf = (...parts: (string | null)[]) => JSON.stringify(parts);

/**
 * Whether `clock` (with its payload, only to break a tie no valid log contains) wins over the current one.
 * The projection keeps the first of two equal clocks; the fold must not depend on order, so it picks by payload.
 */
function wins(clock: string, payload: string, current: { clock: string; payload: string } | undefined): boolean {
  if (!current) return true;
  const c = compareText(clock, current.clock);
  return c > 0 || (c === 0 && compareText(payload, current.payload) > 0);
}

const sortRows = <T>(rows: Map<string, T>): T[] =>
  [...rows.entries()].sort(([a], [b]) => compareText(a, b)).map(([, row]) => row);

/**
 * The state the projection tables hold after applying `events` (EventLog.project): last writer
 * wins per field by clock `<hlc>@<device id>`, compared as SQLite compares text. Scores and
 * comments are separate fields of one cell; a submit or reopen sets the sheet's status; release
 * keeps the greatest `<clock>|<bit>`. Unknown event types are ignored. Pure: the result does not
 * depend on the order of `events`, nor on duplicates among them.
 */
export function foldEvents(events: Iterable<FoldableEvent>): FoldedState {
  const scores = new Map<string, FoldedScore & { valuePayload: string; commentPayload: string }>();
  const notes = new Map<string, FoldedNote & { payload: string }>();
  const sheets = new Map<string, FoldedSheet & { payload: string }>();
  const indicators = new Map<string, FoldedIndicator & { payload: string }>();
  let release: string | null = null;

  const cellOf = (e: FoldableEvent) => {
    const key = keyOf(e.juror_id, e.category_id, e.nominee_id, e.criterion_id);
    let cell = scores.get(key);
    if (!cell) {
      cell = {
        jurorId: e.juror_id,
        categoryId: e.category_id,
        nomineeId: e.nominee_id,
        criterionId: e.criterion_id,
        value: null,
        valueClock: '',
        comment: '',
        commentClock: '',
        valuePayload: '',
        commentPayload: '',
      };
      scores.set(key, cell);
    }
    return cell;
  };

  for (const e of events) {
    const clock = clockOf(e.hlc, e.device_id);
    switch (e.type) {
      case 'score': {
        const cell = cellOf(e);
        const payload = JSON.stringify(e.value);
        if (wins(clock, payload, { clock: cell.valueClock, payload: cell.valuePayload })) {
          Object.assign(cell, { value: e.value, valueClock: clock, valuePayload: payload });
        }
        break;
      }
      case 'comment': {
        const cell = cellOf(e);
        const text = e.text ?? '';
        if (wins(clock, text, { clock: cell.commentClock, payload: cell.commentPayload })) {
          Object.assign(cell, { comment: text, commentClock: clock, commentPayload: text });
        }
        break;
      }
      case 'note': {
        const key = keyOf(e.juror_id, e.category_id, e.nominee_id);
        const text = e.text ?? '';
        if (wins(clock, text, notes.get(key))) {
          notes.set(key, {
            jurorId: e.juror_id,
            categoryId: e.category_id,
            nomineeId: e.nominee_id,
            text,
            clock,
            payload: text,
          });
        }
        break;
      }
      case 'submit':
      case 'reopen': {
        const key = keyOf(e.juror_id, e.category_id);
        const status = e.type === 'submit' ? 'submitted' : 'open';
        if (wins(clock, status, sheets.get(key))) {
          sheets.set(key, { jurorId: e.juror_id, categoryId: e.category_id, status, clock, payload: status });
        }
        break;
      }
      case 'indicator': {
        const key = keyOf(e.nominee_id, e.criterion_id);
        const payload = JSON.stringify([e.value, e.source, e.at]);
        if (wins(clock, payload, indicators.get(key))) {
          indicators.set(key, {
            nomineeId: e.nominee_id,
            criterionId: e.criterion_id,
            value: e.value,
            source: e.source,
            at: e.at,
            clock,
            payload,
          });
        }
        break;
      }
      case 'release': {
        const value = `${clock}|${e.value === 1 ? 1 : 0}`;
        if (release === null || compareText(value, release) > 0) release = value;
        break;
      }
      default:
        break;
    }
  }

  return {
    scores: sortRows(scores).map(({ valuePayload: _v, commentPayload: _c, ...row }) => row),
    notes: sortRows(notes).map(({ payload: _p, ...row }) => row),
    sheets: sortRows(sheets).map(({ payload: _p, ...row }) => row),
    indicators: sortRows(indicators).map(({ payload: _p, ...row }) => row),
    release,
  };
}
