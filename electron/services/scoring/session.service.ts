import type { RosterEntry, Session } from '../../../shared/judging/judging.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import { hashPin, verifyPin } from '../pin';

/** Wrong PINs allowed before sign-in is locked; each further failure doubles the wait. */
export const FREE_ATTEMPTS = 5;
const FIRST_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;

interface JurorAuthRow {
  id: string;
  name: string;
  title: string;
  role: Session['role'];
  pin_hash: string | null;
  failures: number | null;
  locked_until: string | null;
}

const authRow = (award: AwardDb, jurorId: string) =>
  award.sqlite
    .prepare<[string], JurorAuthRow>(
      `SELECT j.id, j.name, j.title, j.role, j.pin_hash, g.failures, g.locked_until
       FROM juror j LEFT JOIN pin_guard g ON g.juror_id = j.id WHERE j.id = ?`,
    )
    .get(jurorId);

export const sessionOf = (j: { id: string; name: string; role: Session['role'] }): Session => ({
  jurorId: j.id,
  name: j.name,
  role: j.role,
  isChair: j.role === 'ketua',
  isSecretariat: j.role === 'ketua' || j.role === 'sekretaris',
});

const activeLock = (lockedUntil: string | null, now: Date) =>
  lockedUntil && lockedUntil > now.toISOString() ? lockedUntil : null;

/** The jurors for the sign-in screen, with whether each has a PIN and any sign-in lock. */
export function roster(award: AwardDb, now = new Date()): RosterEntry[] {
  return award.sqlite
    .prepare<[], JurorAuthRow>(
      `SELECT j.id, j.name, j.title, j.role, j.pin_hash, g.failures, g.locked_until
       FROM juror j LEFT JOIN pin_guard g ON g.juror_id = j.id ORDER BY j.position_no`,
    )
    .all()
    .map((j) => ({
      id: j.id,
      name: j.name,
      title: j.title,
      role: j.role,
      hasPin: j.pin_hash !== null,
      lockedUntil: activeLock(j.locked_until, now),
    }));
}

/**
 * Checks a juror's PIN, counting failures in the award file so that restarting the app does not
 * reset them. After FREE_ATTEMPTS wrong PINs the juror is locked for 30 s, doubling up to 15 min.
 */
export async function checkPin(award: AwardDb, jurorId: string, pin: string, now = new Date()): Promise<Session> {
  const juror = authRow(award, jurorId);
  if (!juror) throw new UserError('not_found', 'errors.notFound', { what: jurorId });
  const locked = activeLock(juror.locked_until, now);
  if (locked) {
    const seconds = Math.ceil((Date.parse(locked) - now.getTime()) / 1000);
    throw new UserError('rate_limited', 'errors.pinLocked', { seconds });
  }
  if (juror.pin_hash === null) throw new UserError('conflict', 'errors.pinNotSet');
  if (await verifyPin(pin, juror.pin_hash)) {
    award.sqlite.prepare('DELETE FROM pin_guard WHERE juror_id = ?').run(jurorId);
    return sessionOf(juror);
  }
  const failures = (juror.failures ?? 0) + 1;
  const over = failures - FREE_ATTEMPTS;
  const lockedUntil =
    over >= 0 ? new Date(now.getTime() + Math.min(FIRST_LOCK_MS * 2 ** over, MAX_LOCK_MS)).toISOString() : null;
  award.sqlite
    .prepare(
      `INSERT INTO pin_guard (juror_id, failures, locked_until) VALUES (?, ?, ?)
       ON CONFLICT DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
    )
    .run(jurorId, failures, lockedUntil);
  if (lockedUntil) {
    throw new UserError('rate_limited', 'errors.pinLocked', {
      seconds: Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000),
    });
  }
  throw new UserError('wrong_pin', 'errors.wrongPin', { left: FREE_ATTEMPTS - failures });
}

/** First sign-in of a juror whose PIN the secretariat did not set: the juror chooses it. */
export async function setFirstPin(award: AwardDb, jurorId: string, pin: string): Promise<Session> {
  const juror = authRow(award, jurorId);
  if (!juror) throw new UserError('not_found', 'errors.notFound', { what: jurorId });
  if (juror.pin_hash !== null) throw new UserError('forbidden', 'errors.pinAlreadySet');
  const hash = await hashPin(pin);
  // Only where still unset: two laptops racing to set a PIN cannot overwrite each other's.
  const changed = award.sqlite
    .prepare('UPDATE juror SET pin_hash = ? WHERE id = ? AND pin_hash IS NULL')
    .run(hash, jurorId).changes;
  if (changed === 0) throw new UserError('forbidden', 'errors.pinAlreadySet');
  return sessionOf(juror);
}
