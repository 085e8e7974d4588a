import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/gate';
import type { HostContext } from '../../../electron/ipc/handlers';
import { Workspace } from '../../../electron/services/workspace';
import type { Analysis } from '../../../shared/scoring/analysis.schema';
import type { CategoryResult } from '../../../shared/scoring/scoring-result.schema';
import { useTempDir } from '../../helpers/temp-dir';
import { valueOf } from '../../helpers/envelope';
import { awardResults } from '../../../electron/services/results/results.service';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import { readSetup, setupService } from '../../../electron/services/setup.service';
import { copyDemoAward, placeDemoAward } from '../../helpers/demo-award';

const CAT = 'perencanaan-data';
type Results = { result: CategoryResult; analysis: Analysis }[];

describe('results through the gate', () => {
  const tmp = useTempDir();
  const hosts: HostContext[] = [];
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.workspace.close();
  });

  it('ranks from the saved scores, and stays hidden from jurors until the ketua releases it', async () => {
    const ctx: HostContext = { kind: 'web', version: 'test', language: 'en', workspace: new Workspace(tmp.path('d')) };
    hosts.push(ctx);
    await placeDemoAward(tmp.path('d'));
    valueOf(await dispatch(ctx, 'file:openDemo', undefined));
    const signIn = async (jurorId: string, pin: string) =>
      valueOf(await dispatch(ctx, 'session:signIn', { jurorId, pin }));
    // Three jurors score Kabupaten Paser (wil-64.01) 90 and Kota Bontang (wil-64.74) 60 on both criteria.
    for (const [jurorId, pin] of [
      ['juri-3', '3333'],
      ['juri-4', '4444'],
      ['juri-5', '5555'],
    ] as const) {
      await signIn(jurorId, pin);
      for (const [nomineeId, value] of [
        ['wil-64.01', 90],
        ['wil-64.74', 60],
      ] as const) {
        for (const criterionId of ['pbd-dokumen', 'pbd-pendampingan']) {
          valueOf(await dispatch(ctx, 'scoring:save', { categoryId: CAT, nomineeId, criterionId, value }));
        }
      }
    }
    const hidden = await dispatch(ctx, 'results:award', { categoryId: CAT });
    expect(hidden.ok).toBe(false);
    expect(hidden.ok ? '' : hidden.error.code).toBe('forbidden');

    await signIn('juri-1', '1111');
    const [first] = valueOf<Results>(await dispatch(ctx, 'results:award', { categoryId: CAT }));
    const paser = first?.result.ranking[0];
    expect(paser).toMatchObject({ nomineeId: 'wil-64.01', rank: 1, jurorCount: 3 });
    expect(paser?.score?.fixed).toBe(((89 / 99) * 100).toFixed(2));
    expect(first?.result.ranking.find((r) => r.nomineeId === 'wil-64.02')).toMatchObject({ insufficient: true });
    valueOf(await dispatch(ctx, 'chair:release', { released: true }));

    await signIn('juri-3', '3333');
    const released = valueOf<Results>(await dispatch(ctx, 'results:award', {}));
    expect(released.map((r) => r.result.categoryId)).toContain(CAT);
  });
});

describe('the analysis cache', () => {
  const tmp = useTempDir();

  it('reuses the analysis while the category input is unchanged, and recomputes after a score or setup change', async () => {
    const award = await copyDemoAward(tmp.path('demo.juri'));
    try {
      const scoring = scoringFor(award);
      for (const jurorId of ['juri-3', 'juri-4']) {
        for (const [nomineeId, value] of [
          ['wil-64.01', 90],
          ['wil-64.74', 60],
        ] as const) {
          scoring.saveScore(jurorId, { categoryId: CAT, nomineeId, criterionId: 'pbd-dokumen', value });
          scoring.saveScore(jurorId, { categoryId: CAT, nomineeId, criterionId: 'pbd-pendampingan', value });
        }
      }
      const [first] = await awardResults(award, CAT);
      const [again] = await awardResults(award, CAT);
      expect(again!.analysis).toBe(first!.analysis);

      // juri-4 now puts Bontang first: the jurors no longer agree.
      for (const criterionId of ['pbd-dokumen', 'pbd-pendampingan']) {
        scoring.saveScore('juri-4', { categoryId: CAT, nomineeId: 'wil-64.74', criterionId, value: 100 });
      }
      const [afterScore] = await awardResults(award, CAT);
      expect(afterScore!.analysis).not.toBe(first!.analysis);
      expect(afterScore!.analysis).not.toEqual(first!.analysis);

      const category = (await readSetup(award)).categories.find((c) => c.id === CAT)!;
      await setupService.saveCriterion(award, {
        ...category.criteria[0]!,
        categoryId: CAT,
        weight: category.criteria[0]!.weight + 10,
      });
      const [afterSetup] = await awardResults(award, CAT);
      expect(afterSetup!.analysis).not.toBe(afterScore!.analysis);
      const [stillSame] = await awardResults(award, CAT);
      expect(stillSame!.analysis).toBe(afterSetup!.analysis);
    } finally {
      await award.close();
    }
  });
});
