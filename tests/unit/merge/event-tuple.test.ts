import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashEvent } from '../../../electron/services/scoring/event-hash';
import {
  EVENT_COLUMNS,
  fastHashEvent,
  fastHashTuple,
  type EventTuple,
} from '../../../electron/services/merge/event-tuple';

const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '"\\\u2028\u0000é😀'));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(-0, 1e21, 1e-7, 0.1),
);

describe('fastHashEvent and fastHashTuple', () => {
  it('equals hashEvent (RFC 8785 canonical JSON) for any event', () => {
    fc.assert(
      fc.property(
        fc.record({
          device_id: text,
          seq: fc.integer({ min: 1 }),
          hlc: text,
          at: text,
          type: text,
          actor_id: maybe(text),
          juror_id: maybe(text),
          category_id: maybe(text),
          nominee_id: maybe(text),
          criterion_id: maybe(text),
          value: maybe(number),
          old_value: maybe(number),
          text: maybe(text),
          source: text,
          prev_hash: text,
        }),
        (e) => {
          const expected = hashEvent(e);
          expect(fastHashEvent(e)).toBe(expected);
          const tuple = EVENT_COLUMNS.map((c) => (c === 'hash' ? expected : e[c])) as EventTuple;
          expect(fastHashTuple(tuple)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
