/**
 * A hybrid logical clock: wall-clock milliseconds plus a counter, so events on one device are
 * strictly ordered even when the wall clock stalls or steps back, and a device that has seen a
 * later clock (from a merge) never issues an earlier one. Encoded so string order is clock order.
 */
export interface Hlc {
  ms: number;
  counter: number;
}

const MS_DIGITS = 15;
const COUNTER_DIGITS = 6;
const HLC_PATTERN = /^(\d{15})-(\d{6})$/;

export const formatHlc = ({ ms, counter }: Hlc): string =>
  `${String(ms).padStart(MS_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}`;

export function parseHlc(text: string): Hlc {
  const match = HLC_PATTERN.exec(text);
  if (!match) throw new Error(`not a hybrid logical clock: ${text}`);
  return { ms: Number(match[1]), counter: Number(match[2]) };
}

/** The clock of the next local event, given the last one issued or seen and the wall clock now. */
export function nextHlc(last: Hlc | null, nowMs: number): Hlc {
  if (!last || nowMs > last.ms) return { ms: nowMs, counter: 0 };
  return { ms: last.ms, counter: last.counter + 1 };
}

/** The total order of events across devices: the clock, then the device id as the tie-break. */
export const clockOf = (hlc: string, deviceId: string): string => `${hlc}@${deviceId}`;
