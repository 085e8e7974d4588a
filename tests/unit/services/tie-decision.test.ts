import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/gate';
import type { HostContext } from '../../../electron/ipc/handlers';
import { Workspace } from '../../../electron/services/workspace';
import type { Analysis } from '../../../shared/scoring/analysis.schema';
import type { CategoryResult } from '../../../shared/scoring/scoring-result.schema';
import { useTempDir } from '../../helpers/temp-dir';
import { errorOf, valueOf } from '../../helpers/envelope';
import { placeDemoAward } from '../../helpers/demo-award';

const CAT = 'perencanaan-data';
const PASER = 'wil-64.01';
const BONTANG = 'wil-64.74';
type Results = { result: CategoryResult; analysis: Analysis }[];

// In the demo, perencanaan-data breaks ties by more first places, then by the ketua's decision.
// Three jurors give Paser and Bontang the same scores: both lead every sheet, so only the ketua
// can order them, and the decision is an event in the file.
describe("the ketua's tie decision", () => {
  const tmp = useTempDir();
  const hosts: HostContext[] = [];
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.workspace.close();
  });

  async function tiedDemo() {
    const ctx: HostContext = { kind: 'web', version: 'test', language: 'en', workspace: new Workspace(tmp.path('d')) };
    hosts.push(ctx);
    await placeDemoAward(tmp.path('d'));
    valueOf(await dispatch(ctx, 'file:openDemo', undefined));
    const signIn = async (jurorId: string, pin: string) =>
      valueOf(await dispatch(ctx, 'session:signIn', { jurorId, pin }));
    for (const [jurorId, pin] of [
      ['juri-3', '3333'],
      ['juri-4', '4444'],
      ['juri-5', '5555'],
    ] as const) {
      await signIn(jurorId, pin);
      for (const nomineeId of [PASER, BONTANG]) {
        for (const criterionId of ['pbd-dokumen', 'pbd-pendampingan']) {
          valueOf(await dispatch(ctx, 'scoring:save', { categoryId: CAT, nomineeId, criterionId, value: 80 }));
        }
      }
    }
    return { ctx, signIn };
  }
  const ranksOf = (results: Results) =>
    Object.fromEntries(results[0]!.result.ranking.filter((r) => r.rank !== null).map((r) => [r.nomineeId, r.rank]));

  it('orders nominees the chain left tied, with the reason, and only the ketua may decide', async () => {
    const { ctx, signIn } = await tiedDemo();
    await signIn('juri-1', '1111');
    const before = valueOf<Results>(await dispatch(ctx, 'results:award', { categoryId: CAT }));
    expect(ranksOf(before)).toEqual({ [PASER]: 1, [BONTANG]: 1 });
    expect(before[0]!.result.tieBreaks).toEqual([expect.objectContaining({ kind: 'shared', rank: 1 })]);

    await signIn('juri-2', '2222');
    const decision = { categoryId: CAT, nomineeIds: [BONTANG, PASER], reason: 'Pendampingan lebih merata' };
    expect(errorOf(await dispatch(ctx, 'chair:decideTie', decision)).code).toBe('forbidden');

    await signIn('juri-1', '1111');
    expect(errorOf(await dispatch(ctx, 'chair:decideTie', { ...decision, reason: 'ok' })).code).toBe('invalid_input');
    const notTied = { ...decision, nomineeIds: [PASER, 'wil-64.02'] };
    expect(errorOf(await dispatch(ctx, 'chair:decideTie', notTied)).message).toMatch(/not tied/);

    const after = valueOf<Results>(await dispatch(ctx, 'chair:decideTie', decision));
    expect(ranksOf(after)).toEqual({ [BONTANG]: 1, [PASER]: 2 });
    expect(after[0]!.result.tieBreaks).toEqual([
      expect.objectContaining({ kind: 'chair', reason: 'Pendampingan lebih merata', groups: [[BONTANG], [PASER]] }),
    ]);
    expect(after[0]!.result.winners.map((w) => w.nomineeId)).toEqual([BONTANG, PASER]);

    // The ketua changes their mind while the two are still tied: the newest decision counts.
    const changed = valueOf<Results>(
      await dispatch(ctx, 'chair:decideTie', {
        ...decision,
        nomineeIds: [PASER, BONTANG],
        reason: 'Dokumen lebih lengkap',
      }),
    );
    expect(ranksOf(changed)).toEqual({ [PASER]: 1, [BONTANG]: 2 });

    const history = valueOf<{ type: string; actor: { id: string } | null; text: string | null }[]>(
      await dispatch(ctx, 'chair:history', { categoryId: CAT, limit: 10 }),
    );
    const ties = history.filter((e) => e.type === 'tiebreak');
    expect(ties).toHaveLength(2);
    expect(ties.every((e) => e.actor?.id === 'juri-1')).toBe(true);
    expect(ties[0]!.text).toContain('Dokumen lebih lengkap');
  });

  it('no longer applies once a new score breaks the tie, and refuses a decision then', async () => {
    const { ctx, signIn } = await tiedDemo();
    await signIn('juri-1', '1111');
    const decision = { categoryId: CAT, nomineeIds: [BONTANG, PASER], reason: 'Pendampingan lebih merata' };
    valueOf(await dispatch(ctx, 'chair:decideTie', decision));
    await signIn('juri-3', '3333');
    valueOf(
      await dispatch(ctx, 'scoring:save', { categoryId: CAT, nomineeId: PASER, criterionId: 'pbd-dokumen', value: 81 }),
    );
    await signIn('juri-1', '1111');
    const results = valueOf<Results>(await dispatch(ctx, 'results:award', { categoryId: CAT }));
    expect(ranksOf(results)).toEqual({ [PASER]: 1, [BONTANG]: 2 });
    expect(results[0]!.result.tieBreaks).toEqual([]);
    expect(errorOf(await dispatch(ctx, 'chair:decideTie', decision)).code).toBe('invalid_input');
  });
});
