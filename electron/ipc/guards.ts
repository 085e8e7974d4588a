import { UserError } from '../../shared/user-error';
import type { Session } from '../../shared/judging/judging.schema';
import { scoringFor } from '../services/scoring/scoring.service';
import type { HostContext } from './host-context';

/** Who may call what: the checks every handler starts with, after the gate has parsed the input. */
export const award = (ctx: HostContext) => ctx.workspace.requireAward();
export const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
export const scoring = (ctx: HostContext) => scoringFor(award(ctx));

/** The juror signed in on this host; every scoring call acts for them and only them. */
export function signedIn(ctx: HostContext): Session {
  award(ctx);
  const session = ctx.workspace.session;
  if (!session) throw new UserError('not_signed_in', 'errors.notSignedIn');
  return session;
}
/**
 * The award, for a setup change. Once scoring has started, only the ketua or sekretaris may change
 * the setup (criteria, nominees, conflicts, PINs): a juror must not rewrite their own conditions.
 */
export function setupAward(ctx: HostContext) {
  const file = award(ctx);
  if (scoringFor(file).started() && !ctx.workspace.session?.isSecretariat) {
    throw new UserError('forbidden', 'errors.setupLockedWhileScoring');
  }
  return file;
}
export function chair(ctx: HostContext): Session {
  const session = signedIn(ctx);
  if (!session.isChair) throw new UserError('forbidden', 'errors.chairOnly');
  return session;
}
export function secretariat(ctx: HostContext): Session {
  const session = signedIn(ctx);
  if (!session.isSecretariat) throw new UserError('forbidden', 'errors.secretariatOnly');
  return session;
}
