import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/gate';
import type { HostContext } from '../../../electron/ipc/handlers';
import { awardResults } from '../../../electron/services/results/results.service';
import { Workspace } from '../../../electron/services/workspace';
import { valueOf } from '../../helpers/envelope';
import { useTempDir } from '../../helpers/temp-dir';
import { placeDemoAward } from '../../helpers/demo-award';

// "anggaran-spm" is scored by one indicator only (anggaran-porsi, %, weight 100): its ranking is the data's.
const CAT = 'anggaran-spm';
const DEMO = readFileSync(new URL('../../../resources/demo/indicator-values.xlsx', import.meta.url));

describe('results follow the indicator data and its rule', () => {
  const tmp = useTempDir();
  const hosts: HostContext[] = [];
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.workspace.close();
  });

  async function secretariat(): Promise<HostContext> {
    const ctx: HostContext = { kind: 'web', version: 'test', language: 'id', workspace: new Workspace(tmp.path('d')) };
    hosts.push(ctx);
    await placeDemoAward(tmp.path('d'));
    valueOf(await dispatch(ctx, 'file:openDemo', undefined));
    valueOf(await dispatch(ctx, 'session:signIn', { jurorId: 'juri-2', pin: '2222' }));
    return ctx;
  }
  const ranking = async (ctx: HostContext) => {
    const [entry] = await awardResults(ctx.workspace.requireAward(), CAT);
    return entry!.result.ranking.map((n) => ({
      id: n.nomineeId,
      rank: n.rank,
      score: n.score === null ? null : Number(n.score.value.toFixed(4)),
    }));
  };

  it('ranks nobody before the import; after it, by the measured share (min–max), then by a capped target', async () => {
    const ctx = await secretariat();
    const before = await ranking(ctx);
    expect(before.every((n) => n.rank === null)).toBe(true);

    valueOf(
      await dispatch(ctx, 'indicator:import', {
        categoryId: CAT,
        fileName: 'data.xlsx',
        base64: DEMO.toString('base64'),
      }),
    );
    const minmax = await ranking(ctx);
    // Bontang 33,4 (highest) → 100; Mahakam Ulu 14,6 (lowest) → 0; Kutai Kartanegara 31,75 second.
    expect(minmax.slice(0, 2).map((n) => n.id)).toEqual(['wil-64.74', 'wil-64.02']);
    expect(minmax[0]).toMatchObject({ rank: 1, score: 100 });
    expect(minmax.find((n) => n.id === 'wil-64.11')).toMatchObject({ rank: 10, score: 0 });
    expect(minmax.find((n) => n.id === 'wil-64.01')?.score).toBeCloseTo((100 * (23.4 - 14.6)) / (33.4 - 14.6), 4);

    // Target 30 % with no bonus beyond it: Bontang and Kutai Kartanegara both reach 100 and tie.
    valueOf(
      await dispatch(ctx, 'indicator:setRule', { criterionId: 'anggaran-porsi', rule: { kind: 'target', target: 30 } }),
    );
    const target = await ranking(ctx);
    expect(
      target
        .filter((n) => n.score === 100)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['wil-64.02', 'wil-64.74']);
    expect(target.find((n) => n.id === 'wil-64.11')?.score).toBeCloseTo((100 * 14.6) / 30, 4);

    // A manual correction moves Mahakam Ulu to the top under the same rule.
    valueOf(
      await dispatch(ctx, 'indicator:set', {
        categoryId: CAT,
        nomineeId: 'wil-64.11',
        criterionId: 'anggaran-porsi',
        value: 35,
        reason: 'Ralat APBD perubahan',
      }),
    );
    expect((await ranking(ctx)).find((n) => n.id === 'wil-64.11')?.score).toBe(100);
  });
});
