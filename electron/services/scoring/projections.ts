/**
 * How events become current state: one definition per projected table, as SQL over an event's
 * columns, shared by the two ways events are applied.
 * - `projectOne`: one event bound as parameters (EventLog.project, as each event is recorded).
 * - `projectAll`: every row of a staging table of events, in its rowid order (the merge's bulk apply).
 * Both forms insert through the same expressions and the same last-writer-wins guard, so they
 * cannot drift apart. The clock is scoring/hlc.ts `clockOf`: `<hlc>@<device_id>`.
 */

/** Meta key holding the projected release state: `<clock>|<0 or 1>`. */
export const RELEASE_META_KEY = 'results_released';

/** scoring/hlc.ts `clockOf(hlc, deviceId)`, over an event's columns. */
const CLOCK = `hlc || '@' || device_id`;

/** A score cell's key columns, taken as they are from the event. */
const CELL = {
  juror_id: 'juror_id',
  category_id: 'category_id',
  nominee_id: 'nominee_id',
  criterion_id: 'criterion_id',
} as const;

interface Projection {
  /** The event types it applies to. */
  types: readonly string[];
  table: string;
  /** Column → SQL expression over the event's columns. */
  values: Readonly<Record<string, string>>;
  /** ON CONFLICT … DO UPDATE: what a later clock replaces, and the guard that it is later. */
  update: string;
}

/**
 * 'finalise' (its JSON parsed by scoring's sealOf) is projected by EventLog alone. Types without
 * a projection (later versions', 'tie', 'resolve' …) stay in the log only.
 */
const PROJECTIONS: readonly Projection[] = [
  {
    types: ['score'],
    table: 'score',
    values: {
      ...CELL,
      value: 'value',
      value_clock: CLOCK,
    },
    update: `SET value = excluded.value, value_clock = excluded.value_clock
      WHERE excluded.value_clock > score.value_clock`,
  },
  {
    types: ['comment'],
    table: 'score',
    values: {
      ...CELL,
      comment: `coalesce(text, '')`,
      comment_clock: CLOCK,
    },
    update: `SET comment = excluded.comment, comment_clock = excluded.comment_clock
      WHERE excluded.comment_clock > score.comment_clock`,
  },
  {
    types: ['note'],
    table: 'note',
    values: {
      juror_id: 'juror_id',
      category_id: 'category_id',
      nominee_id: 'nominee_id',
      text: `coalesce(text, '')`,
      clock: CLOCK,
    },
    update: `SET text = excluded.text, clock = excluded.clock WHERE excluded.clock > note.clock`,
  },
  {
    types: ['submit', 'reopen'],
    table: 'sheet',
    values: {
      juror_id: 'juror_id',
      category_id: 'category_id',
      status: `CASE type WHEN 'submit' THEN 'submitted' ELSE 'open' END`,
      clock: CLOCK,
    },
    update: `SET status = excluded.status, clock = excluded.clock WHERE excluded.clock > sheet.clock`,
  },
  {
    types: ['indicator'],
    table: 'indicator_value',
    values: {
      nominee_id: 'nominee_id',
      criterion_id: 'criterion_id',
      value: 'value',
      source: 'source',
      at: 'at',
      clock: CLOCK,
    },
    update: `SET value = excluded.value, source = excluded.source, at = excluded.at, clock = excluded.clock
      WHERE excluded.clock > indicator_value.clock`,
  },
  {
    types: ['release'],
    table: 'meta',
    values: {
      key: `'${RELEASE_META_KEY}'`,
      value: `${CLOCK} || '|' || (CASE WHEN value = 1 THEN 1 ELSE 0 END)`,
    },
    update: `SET value = excluded.value WHERE excluded.value > meta.value`,
  },
];

/** The event columns the expressions may read. */
const EVENT_INPUTS = [
  'device_id',
  'hlc',
  'at',
  'type',
  'juror_id',
  'category_id',
  'nominee_id',
  'criterion_id',
  'value',
  'text',
  'source',
] as const;

// The upsert needs a WHERE after its SELECT, so that ON CONFLICT is not read as a join's ON.
const upsert = (p: Projection, from: string, order: string) =>
  `INSERT INTO ${p.table} (${Object.keys(p.values).join(', ')})
   SELECT ${Object.values(p.values).join(', ')}
   FROM ${from} WHERE type IN (${p.types.map((t) => `'${t}'`).join(', ')})${order}
   ON CONFLICT DO UPDATE ${p.update}`;

/** One statement per projected event type, for one event bound by name (`@device_id`, `@hlc` …). */
export function projectOne(): ReadonlyMap<string, string> {
  const event = `(SELECT ${EVENT_INPUTS.map((c) => `@${c} AS ${c}`).join(', ')})`;
  return new Map(PROJECTIONS.flatMap((p) => p.types.map((type) => [type, upsert(p, event, '')] as const)));
}

/** Statements that project every event of `table`, in its rowid order (the order they are applied in). */
export function projectAll(table: string): string[] {
  return PROJECTIONS.map((p) => upsert(p, table, ' ORDER BY rowid'));
}
