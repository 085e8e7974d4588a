import type Database from 'better-sqlite3';
import type { Scale } from '../../../shared/award/award.schema';
import type {
  Cell,
  HistoryEntry,
  HistoryFilter,
  Overview,
  Progress,
  SaveScore,
  SavedCell,
  Sheet,
  SheetStatus,
  SheetStatusRow,
} from '../../../shared/judging/judging.schema';
import { checkScore } from '../../../shared/judging/score-rules';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import type { CriterionRow, EventRow } from '../../db/schema';
import { EventLog, RELEASE_META_KEY, type EventDraft } from './event-log';

interface CellKey {
  categoryId: string;
  nomineeId: string;
  criterionId: string;
}

const cache = new WeakMap<AwardDb, ScoringService>();

/** The scoring service of an open award file (one per file, statements prepared once). */
export function scoringFor(award: AwardDb): ScoringService {
  let service = cache.get(award);
  if (!service) {
    service = new ScoringService(award.sqlite);
    cache.set(award, service);
  }
  return service;
}

interface WritableRow {
  juror: number | null;
  category: number | null;
  status: SheetStatus | null;
  sealed: 0 | 1 | null;
  kind: 'judged' | 'indicator' | null;
  scale_min: number | null;
  scale_max: number | null;
  scale_step: number | null;
  competes: number | null;
  conflict: number | null;
  old_value: number | null;
  old_comment: string | null;
}

/**
 * Scores, comments, notes, submissions and reopenings of juror sheets. Every change is an event
 * in the append-only log, saved durably before the call returns. Callers pass the signed-in
 * juror: this service never lets one juror write another juror's sheet.
 */
export class ScoringService {
  readonly log: EventLog;
  private readonly q;

  constructor(private readonly sqlite: Database.Database) {
    const device = sqlite.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'device_id'").get();
    if (!device) throw new Error('award file has no device id');
    this.log = new EventLog(sqlite, device.value);
    this.q = {
      juror: sqlite.prepare<[string], { id: string; name: string; role: 'ketua' | 'sekretaris' | 'anggota' }>(
        'SELECT id, name, role FROM juror WHERE id = ?',
      ),
      category: sqlite.prepare<[string], { id: string; name: string; description: string }>(
        'SELECT id, name, description FROM category WHERE id = ?',
      ),
      criterion: sqlite.prepare<
        [string, string],
        { kind: 'judged' | 'indicator'; scale_min: number; scale_max: number; scale_step: number }
      >('SELECT kind, scale_min, scale_max, scale_step FROM criterion WHERE id = ? AND category_id = ?'),
      competes: sqlite.prepare<[string, string], { ok: number }>(
        'SELECT 1 AS ok FROM category_nominee WHERE category_id = ? AND nominee_id = ?',
      ),
      conflict: sqlite.prepare<[string, string], { ok: number }>(
        'SELECT 1 AS ok FROM conflict WHERE juror_id = ? AND nominee_id = ?',
      ),
      status: sqlite.prepare<[string, string], { status: SheetStatus }>(
        'SELECT status FROM sheet WHERE juror_id = ? AND category_id = ?',
      ),
      // Everything a cell save checks, and the cell's current value, in one statement (it is on the hot path).
      writable: sqlite.prepare<[{ juror: string; category: string; nominee: string; criterion: string }], WritableRow>(
        `SELECT (SELECT 1 FROM juror WHERE id = @juror) AS juror,
           (SELECT 1 FROM category WHERE id = @category) AS category,
           (SELECT status FROM sheet WHERE juror_id = @juror AND category_id = @category) AS status,
           (SELECT sealed FROM seal WHERE category_id = @category) AS sealed,
           k.kind, k.scale_min, k.scale_max, k.scale_step,
           (SELECT 1 FROM category_nominee WHERE category_id = @category AND nominee_id = @nominee) AS competes,
           (SELECT 1 FROM conflict WHERE juror_id = @juror AND nominee_id = @nominee) AS conflict,
           s.value AS old_value, s.comment AS old_comment
         FROM (SELECT 1) AS one
         LEFT JOIN criterion k ON k.id = @criterion AND k.category_id = @category
         LEFT JOIN score s ON s.juror_id = @juror AND s.category_id = @category AND s.nominee_id = @nominee AND s.criterion_id = @criterion`,
      ),
      sealed: sqlite.prepare<[string], { sealed: 0 | 1 }>('SELECT sealed FROM seal WHERE category_id = ?'),
      cell: sqlite.prepare<[string, string, string, string], { value: number | null; comment: string }>(
        'SELECT value, comment FROM score WHERE juror_id = ? AND category_id = ? AND nominee_id = ? AND criterion_id = ?',
      ),
      note: sqlite.prepare<[string, string, string], { text: string }>(
        'SELECT text FROM note WHERE juror_id = ? AND category_id = ? AND nominee_id = ?',
      ),
      progress: sqlite.prepare<[string, string, string, string], { category_id: string; due: number; done: number }>(
        `WITH due AS (
           SELECT cn.category_id, cn.nominee_id, k.id AS criterion_id
           FROM category_nominee cn
           JOIN criterion k ON k.category_id = cn.category_id AND k.kind = 'judged'
           WHERE NOT EXISTS (SELECT 1 FROM conflict x WHERE x.juror_id = ? AND x.nominee_id = cn.nominee_id)
             AND (? = '' OR cn.category_id = ?)
         )
         SELECT d.category_id, count(*) AS due, count(s.value) AS done
         FROM due d
         LEFT JOIN score s ON s.juror_id = ? AND s.category_id = d.category_id
           AND s.nominee_id = d.nominee_id AND s.criterion_id = d.criterion_id
         GROUP BY d.category_id`,
      ),
      started: sqlite.prepare<[], { ok: number }>('SELECT 1 AS ok FROM event LIMIT 1'),
      release: sqlite.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = '${RELEASE_META_KEY}'`),
    };
  }

  /** Saves one score (or clears it with null). Refused inline when off the scale or off its step. */
  saveScore(jurorId: string, input: SaveScore, now = new Date()): SavedCell {
    return this.log.append(now, () => {
      const { scale, old } = this.writableCell(jurorId, input);
      if (input.value !== null) {
        const problem = checkScore(scale, input.value);
        if (problem)
          throw new UserError('invalid_input', problem.key, problem.params, [
            { path: ['value'], message: problem.key },
          ]);
      }
      const drafts: EventDraft[] =
        old.value === input.value
          ? []
          : [{ type: 'score', ...this.keyOf(jurorId, input), value: input.value, old_value: old.value }];
      return { drafts, result: (events) => this.saved(jurorId, input, events, now) };
    });
  }

  saveComment(jurorId: string, input: CellKey & { text: string }, now = new Date()): SavedCell {
    return this.log.append(now, () => {
      const { old } = this.writableCell(jurorId, input);
      const text = input.text.trim();
      const drafts: EventDraft[] =
        old.comment === text ? [] : [{ type: 'comment', ...this.keyOf(jurorId, input), text }];
      return { drafts, result: (events) => this.saved(jurorId, input, events, now) };
    });
  }

  saveNote(jurorId: string, input: { categoryId: string; nomineeId: string; text: string }, now = new Date()) {
    return this.log.append(now, () => {
      this.requireOpenSheet(jurorId, input.categoryId);
      this.requireCompeting(input.categoryId, input.nomineeId);
      if (this.q.conflict.get(jurorId, input.nomineeId)) throw new UserError('forbidden', 'errors.conflictOfInterest');
      const old = this.q.note.get(jurorId, input.categoryId, input.nomineeId)?.text ?? '';
      const drafts: EventDraft[] =
        old === input.text
          ? []
          : [
              {
                type: 'note',
                juror_id: jurorId,
                category_id: input.categoryId,
                nominee_id: input.nomineeId,
                text: input.text,
              },
            ];
      return {
        drafts,
        result: (events: EventRow[]) => ({
          nomineeId: input.nomineeId,
          text: input.text,
          savedAt: events[0]?.at ?? now.toISOString(),
        }),
      };
    });
  }

  /** Locks a complete sheet for its juror. The PIN is checked by the caller (it is slow, and async). */
  submit(jurorId: string, categoryId: string, now = new Date()): void {
    this.log.append(now, () => {
      this.requireOpenSheet(jurorId, categoryId);
      const progress = this.progressOf(jurorId, categoryId);
      if (progress.done < progress.due) {
        throw new UserError('invalid_input', 'errors.sheetIncomplete', { missing: progress.due - progress.done });
      }
      return {
        drafts: [{ type: 'submit', juror_id: jurorId, actor_id: jurorId, category_id: categoryId }],
        result: () => undefined,
      };
    });
  }

  /** Reopens a submitted sheet; the caller has checked the actor is the ketua. */
  reopen(actorId: string, jurorId: string, categoryId: string, reason: string, now = new Date()): void {
    this.log.append(now, () => {
      if (!this.q.juror.get(jurorId)) throw new UserError('not_found', 'errors.notFound', { what: jurorId });
      this.requireUnsealed(categoryId);
      if (this.statusOf(jurorId, categoryId) !== 'submitted')
        throw new UserError('conflict', 'errors.sheetNotSubmitted');
      return {
        drafts: [
          { type: 'reopen', actor_id: actorId, juror_id: jurorId, category_id: categoryId, text: reason.trim() },
        ],
        result: () => undefined,
      };
    });
  }

  setReleased(actorId: string, released: boolean, now = new Date()): boolean {
    return this.log.append(now, () => ({
      drafts: this.released() === released ? [] : [{ type: 'release', actor_id: actorId, value: released ? 1 : 0 }],
      result: () => released,
    }));
  }

  /** Whether any scoring event exists: the setup is then guarded. */
  started(): boolean {
    return this.q.started.get() !== undefined;
  }

  released(): boolean {
    return this.q.release.get()?.value.endsWith('|1') ?? false;
  }

  statusOf(jurorId: string, categoryId: string): SheetStatus {
    return this.q.status.get(jurorId, categoryId)?.status ?? 'open';
  }

  /** Cells done / due for one juror: every nominee of the category they may score × judged criteria. */
  progressOf(jurorId: string, categoryId: string): Progress {
    const row = this.q.progress.all(jurorId, categoryId, categoryId, jurorId)[0];
    return { done: row?.done ?? 0, due: row?.due ?? 0 };
  }

  private progressByCategory(jurorId: string): Map<string, Progress> {
    return new Map(
      this.q.progress.all(jurorId, '', '', jurorId).map((r) => [r.category_id, { done: r.done, due: r.due }]),
    );
  }

  overview(jurorId: string): Overview {
    const juror = this.requireJuror(jurorId);
    const progress = this.progressByCategory(jurorId);
    const categories = this.sqlite
      .prepare<[], { id: string; name: string; judged: number }>(
        `SELECT c.id, c.name, (SELECT count(*) FROM criterion k WHERE k.category_id = c.id AND k.kind = 'judged') AS judged
         FROM category c ORDER BY c.position_no`,
      )
      .all()
      .map((c) => ({
        id: c.id,
        name: c.name,
        status: this.statusOf(jurorId, c.id),
        progress: progress.get(c.id) ?? { done: 0, due: 0 },
        judgedCriteria: c.judged,
      }));
    const total = categories.reduce((sum, c) => ({ done: sum.done + c.progress.done, due: sum.due + c.progress.due }), {
      done: 0,
      due: 0,
    });
    return { juror, categories, progress: total, released: this.released() };
  }

  /** One juror's own sheet for a category: criteria with rubrics, nominees, their cells and notes. */
  sheet(jurorId: string, categoryId: string): Sheet {
    const juror = this.requireJuror(jurorId);
    const category = this.q.category.get(categoryId);
    if (!category) throw new UserError('not_found', 'errors.notFound', { what: categoryId });
    const criteria = this.sqlite
      .prepare<[string], CriterionRow>('SELECT * FROM criterion WHERE category_id = ? ORDER BY position_no')
      .all(categoryId);
    const levels = this.sqlite
      .prepare<[string], { criterion_id: string; label: string; min: number; max: number; descriptor: string }>(
        `SELECT r.* FROM rubric_level r JOIN criterion k ON k.id = r.criterion_id WHERE k.category_id = ? ORDER BY r.position_no`,
      )
      .all(categoryId);
    const nominees = this.sqlite
      .prepare<
        [string, string],
        {
          id: string;
          name: string;
          kind: Sheet['nominees'][number]['kind'];
          region_code: string | null;
          conflict: number;
        }
      >(
        `SELECT n.id, n.name, n.kind, n.region_code,
           EXISTS (SELECT 1 FROM conflict x WHERE x.juror_id = ? AND x.nominee_id = n.id) AS conflict
         FROM category_nominee cn JOIN nominee n ON n.id = cn.nominee_id
         WHERE cn.category_id = ? ORDER BY n.position_no`,
      )
      .all(jurorId, categoryId);
    const cells: Cell[] = this.sqlite
      .prepare<[string, string], { nominee_id: string; criterion_id: string; value: number | null; comment: string }>(
        'SELECT nominee_id, criterion_id, value, comment FROM score WHERE juror_id = ? AND category_id = ?',
      )
      .all(jurorId, categoryId)
      .map((s) => ({ nomineeId: s.nominee_id, criterionId: s.criterion_id, value: s.value, comment: s.comment }));
    const notes = this.sqlite
      .prepare<[string, string], { nominee_id: string; text: string }>(
        'SELECT nominee_id, text FROM note WHERE juror_id = ? AND category_id = ?',
      )
      .all(jurorId, categoryId)
      .map((n) => ({ nomineeId: n.nominee_id, text: n.text }));
    return {
      category,
      juror: { id: juror.id, name: juror.name },
      status: this.statusOf(jurorId, categoryId),
      criteria: criteria.map((k) => ({
        id: k.id,
        name: k.name,
        description: k.description,
        weight: k.weight,
        kind: k.kind,
        scale: { min: k.scale_min, max: k.scale_max, step: k.scale_step },
        unit: k.unit,
        direction: k.direction,
        rubric: levels
          .filter((l) => l.criterion_id === k.id)
          .map(({ label, min, max, descriptor }) => ({ label, min, max, descriptor })),
      })),
      nominees: nominees.map((n) => ({
        id: n.id,
        name: n.name,
        kind: n.kind,
        regionCode: n.region_code,
        conflict: n.conflict === 1,
      })),
      cells,
      notes,
      measured: this.sqlite
        .prepare<[string], { nomineeId: string; criterionId: string; value: number }>(
          `SELECT v.nominee_id AS nomineeId, v.criterion_id AS criterionId, v.value FROM indicator_value v
           JOIN criterion k ON k.id = v.criterion_id AND k.category_id = ? AND k.kind = 'indicator'
           WHERE v.value IS NOT NULL`,
        )
        .all(categoryId),
      progress: this.progressOf(jurorId, categoryId),
    };
  }

  /** Every juror's sheet status and progress, for the ketua and the secretariat. */
  sheets(): SheetStatusRow[] {
    const jurors = this.sqlite
      .prepare<[], { id: string; name: string }>('SELECT id, name FROM juror ORDER BY position_no')
      .all();
    const categories = this.sqlite
      .prepare<[], { id: string; name: string }>('SELECT id, name FROM category ORDER BY position_no')
      .all();
    return jurors.flatMap((j) => {
      const progress = this.progressByCategory(j.id);
      return categories.map((c) => ({
        jurorId: j.id,
        juror: j.name,
        categoryId: c.id,
        category: c.name,
        status: this.statusOf(j.id, c.id),
        progress: progress.get(c.id) ?? { done: 0, due: 0 },
      }));
    });
  }

  /** The history, newest first, with names resolved (ids kept where the setup no longer has them). */
  history(filter: HistoryFilter): HistoryEntry[] {
    const where: string[] = [];
    const params: string[] = [];
    const add = (column: string, value: string | undefined) => {
      if (value === undefined) return;
      where.push(`e.${column} = ?`);
      params.push(value);
    };
    add('juror_id', filter.jurorId);
    add('category_id', filter.categoryId);
    add('nominee_id', filter.nomineeId);
    add('criterion_id', filter.criterionId);
    const rows = this.sqlite
      .prepare<
        unknown[],
        EventRow & { actor: string | null; juror: string | null; nominee: string | null; criterion: string | null }
      >(
        `SELECT e.*, a.name AS actor, j.name AS juror, n.name AS nominee, k.name AS criterion
         FROM event e
         LEFT JOIN juror a ON a.id = e.actor_id
         LEFT JOIN juror j ON j.id = e.juror_id
         LEFT JOIN nominee n ON n.id = e.nominee_id
         LEFT JOIN criterion k ON k.id = e.criterion_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY e.hlc DESC, e.device_id DESC LIMIT ?`,
      )
      .all(...params, filter.limit);
    const named = (id: string | null, name: string | null) => (id === null ? null : { id, name: name ?? id });
    return rows.map((e) => ({
      deviceId: e.device_id,
      seq: e.seq,
      at: e.at,
      type: e.type as HistoryEntry['type'],
      actor: named(e.actor_id, e.actor),
      juror: named(e.juror_id, e.juror),
      categoryId: e.category_id,
      nominee: named(e.nominee_id, e.nominee),
      criterion: named(e.criterion_id, e.criterion),
      oldValue: e.old_value,
      value: e.value,
      text: e.text,
      source: e.source,
    }));
  }

  requireJuror(jurorId: string) {
    const juror = this.q.juror.get(jurorId);
    if (!juror) throw new UserError('not_found', 'errors.notFound', { what: jurorId });
    return juror;
  }

  private keyOf(jurorId: string, k: CellKey) {
    return {
      juror_id: jurorId,
      actor_id: jurorId,
      category_id: k.categoryId,
      nominee_id: k.nomineeId,
      criterion_id: k.criterionId,
    };
  }

  private saved(jurorId: string, k: CellKey, events: EventRow[], now: Date): SavedCell {
    const row = this.q.cell.get(jurorId, k.categoryId, k.nomineeId, k.criterionId);
    return {
      cell: {
        nomineeId: k.nomineeId,
        criterionId: k.criterionId,
        value: row?.value ?? null,
        comment: row?.comment ?? '',
      },
      savedAt: events[0]?.at ?? now.toISOString(),
    };
  }

  /** The checks of a cell save, in the order the user should hear them, and the cell as it is now. */
  private writableCell(jurorId: string, k: CellKey): { scale: Scale; old: { value: number | null; comment: string } } {
    const row = this.q.writable.get({
      juror: jurorId,
      category: k.categoryId,
      nominee: k.nomineeId,
      criterion: k.criterionId,
    });
    if (!row?.juror) throw new UserError('not_found', 'errors.notFound', { what: jurorId });
    if (!row.category) throw new UserError('not_found', 'errors.notFound', { what: k.categoryId });
    if (row.sealed === 1) throw new UserError('locked', 'errors.categorySealed');
    if (row.status === 'submitted') throw new UserError('locked', 'errors.sheetLocked');
    if (row.kind === null) throw new UserError('not_found', 'errors.unknownCell', { what: k.criterionId });
    if (row.kind !== 'judged') throw new UserError('forbidden', 'errors.indicatorReadOnly');
    if (!row.competes) throw new UserError('not_found', 'errors.unknownCell', { what: k.nomineeId });
    if (row.conflict) throw new UserError('forbidden', 'errors.conflictOfInterest');
    return {
      scale: { min: row.scale_min ?? 0, max: row.scale_max ?? 0, step: row.scale_step ?? 1 },
      old: { value: row.old_value, comment: row.old_comment ?? '' },
    };
  }

  private requireCompeting(categoryId: string, nomineeId: string): void {
    if (!this.q.competes.get(categoryId, nomineeId))
      throw new UserError('not_found', 'errors.unknownCell', { what: nomineeId });
  }

  private requireOpenSheet(jurorId: string, categoryId: string): void {
    this.requireJuror(jurorId);
    if (!this.q.category.get(categoryId)) throw new UserError('not_found', 'errors.notFound', { what: categoryId });
    this.requireUnsealed(categoryId);
    if (this.statusOf(jurorId, categoryId) === 'submitted') throw new UserError('locked', 'errors.sheetLocked');
  }

  /**
   * Once the ketua has finalised a category its results are sealed: no score, comment, note,
   * submission or sheet reopening until the ketua reopens the category itself, with a reason.
   */
  requireUnsealed(categoryId: string): void {
    if (this.q.sealed.get(categoryId)?.sealed === 1) throw new UserError('locked', 'errors.categorySealed');
  }
}
