import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EventRow } from '../../db/schema';

/** The `prev_hash` of a device's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over the RFC 8785 canonical JSON of every field of the event except its own hash,
 * including the previous event's hash: the device's events form a chain that a rewrite breaks.
 */
export function hashEvent(event: Omit<EventRow, 'hash'>): string {
  const fields: Omit<EventRow, 'hash'> = {
    device_id: event.device_id,
    seq: event.seq,
    hlc: event.hlc,
    at: event.at,
    type: event.type,
    actor_id: event.actor_id,
    juror_id: event.juror_id,
    category_id: event.category_id,
    nominee_id: event.nominee_id,
    criterion_id: event.criterion_id,
    value: event.value,
    old_value: event.old_value,
    text: event.text,
    source: event.source,
    prev_hash: event.prev_hash,
  };
  const text = canonicalize(fields);
  if (text === undefined) throw new Error('event cannot be canonicalised');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
