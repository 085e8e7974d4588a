import { createHash } from 'node:crypto';
import type { EventRow } from '../../db/schema';

/**
 * The same hash as scoring/event-hash.ts `hashEvent`, about three times faster for verifying
 * many events: an event is a flat object of strings, numbers and nulls, and for such an object
 * RFC 8785 is `JSON.stringify` with the keys in UTF-16 order, which is the literal order below.
 * tests/unit/merge/fast-hash.test.ts checks it against `hashEvent` on arbitrary events.
 */
export function fastHashEvent(e: Omit<EventRow, 'hash'>): string {
  const text = JSON.stringify({
    actor_id: e.actor_id,
    at: e.at,
    category_id: e.category_id,
    criterion_id: e.criterion_id,
    device_id: e.device_id,
    hlc: e.hlc,
    juror_id: e.juror_id,
    nominee_id: e.nominee_id,
    old_value: e.old_value,
    prev_hash: e.prev_hash,
    seq: e.seq,
    source: e.source,
    text: e.text,
    type: e.type,
    value: e.value,
  });
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
