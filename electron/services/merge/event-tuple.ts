import { hash } from 'node:crypto';
import type { EventRow } from '../../db/schema';

/** The event table's columns in the order a merge reads and writes them as tuples. */
export const EVENT_COLUMNS = [
  'device_id',
  'seq',
  'hlc',
  'at',
  'type',
  'actor_id',
  'juror_id',
  'category_id',
  'nominee_id',
  'criterion_id',
  'value',
  'old_value',
  'text',
  'source',
  'prev_hash',
  'hash',
] as const;

/** One event as a row of EVENT_COLUMNS: what `.raw()` reads, without an object per row. */
export type EventTuple = [
  device_id: string,
  seq: number,
  hlc: string,
  at: string,
  type: string,
  actor_id: string | null,
  juror_id: string | null,
  category_id: string | null,
  nominee_id: string | null,
  criterion_id: string | null,
  value: number | null,
  old_value: number | null,
  text: string | null,
  source: string,
  prev_hash: string,
  hash: string,
];

export const tupleToRow = (t: EventTuple): EventRow => ({
  device_id: t[0],
  seq: t[1],
  hlc: t[2],
  at: t[3],
  type: t[4],
  actor_id: t[5],
  juror_id: t[6],
  category_id: t[7],
  nominee_id: t[8],
  criterion_id: t[9],
  value: t[10],
  old_value: t[11],
  text: t[12],
  source: t[13],
  prev_hash: t[14],
  hash: t[15],
});

const j = JSON.stringify;

/**
 * The same hash as scoring/event-hash.ts `hashEvent`, several times faster for verifying many
 * events: an event is a flat object of strings, numbers and nulls, and for such an object RFC 8785
 * is `JSON.stringify` of each value with the keys in UTF-16 order, which is the literal order below.
 * tests/unit/merge/event-tuple.test.ts checks it against `hashEvent` on arbitrary events.
 */
export function fastHashTuple(t: EventTuple): string {
  const text =
    `{"actor_id":${j(t[5])},"at":${j(t[3])},"category_id":${j(t[7])},"criterion_id":${j(t[9])},` +
    `"device_id":${j(t[0])},"hlc":${j(t[2])},"juror_id":${j(t[6])},"nominee_id":${j(t[8])},` +
    `"old_value":${j(t[11])},"prev_hash":${j(t[14])},"seq":${j(t[1])},"source":${j(t[13])},"text":${j(t[12])},` +
    `"type":${j(t[4])},"value":${j(t[10])}}`;
  return hash('sha256', text, 'hex');
}

/** fastHashTuple for an event object (without its hash). */
export const fastHashEvent = (e: Omit<EventRow, 'hash'>): string =>
  fastHashTuple(EVENT_COLUMNS.map((column) => (column === 'hash' ? '' : e[column])) as EventTuple);
