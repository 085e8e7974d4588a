import { afterEach, describe, expect, it } from 'vitest';
import type { AwardSetup } from '../../../shared/award/award.schema';
import type { AwardDb } from '../../../electron/db/open-award-db';
import { getPinHash } from '../../../electron/db/repos/juror.repo';
import { DEMO_PINS } from '../../../electron/services/demo-award';
import { createDemoAward } from '../../../electron/services/demo.service';
import { verifyPin } from '../../../electron/services/pin';
import { readSetup } from '../../../electron/services/setup.service';
import { useTempDir } from '../../helpers/temp-dir';

describe('the demo award', () => {
  const tmp = useTempDir();
  let award: AwardDb | undefined;
  afterEach(async () => {
    await award?.close();
    award = undefined;
  });

  async function demo(): Promise<AwardSetup> {
    award = await createDemoAward(tmp.path('demo.juri'));
    return readSetup(award);
  }

  it('has the 10 kab/kota of Kalimantan Timur as nominees', async () => {
    const setup = await demo();
    expect(setup.award.programme.name).toBe('Apresiasi Program Prioritas 2024');
    expect(setup.nominees).toHaveLength(10);
    for (const n of setup.nominees) expect(n.regionCode).toMatch(/^64\.\d{2}$/);
    expect(new Set(setup.nominees.map((n) => n.kind))).toEqual(new Set(['regency', 'city']));
  });

  it('has at least 8 categories, each with criteria whose weights are positive, and every nominee in each', async () => {
    const setup = await demo();
    expect(setup.categories.length).toBeGreaterThanOrEqual(8);
    const allNominees = setup.nominees.map((n) => n.id).sort();
    for (const c of setup.categories) {
      expect(c.criteria.length).toBeGreaterThan(0);
      for (const k of c.criteria) expect(k.weight).toBeGreaterThan(0);
      expect([...c.nomineeIds].sort()).toEqual(allNominees);
    }
  });

  it('has both judged criteria with a rubric and measured indicator criteria', async () => {
    const criteria = (await demo()).categories.flatMap((c) => c.criteria);
    const judged = criteria.filter((k) => k.kind === 'judged');
    const indicators = criteria.filter((k) => k.kind === 'indicator');
    expect(judged.length).toBeGreaterThan(0);
    expect(indicators.length).toBeGreaterThan(0);
    for (const k of judged) expect(k.rubric.length).toBeGreaterThan(0);
    for (const k of indicators) expect(k.unit).toBe('%');
  });

  it('has 5 jurors, a ketua, declared conflicts, and each juror’s documented PIN', async () => {
    const setup = await demo();
    expect(setup.jurors).toHaveLength(5);
    expect(setup.jurors.filter((j) => j.role === 'ketua')).toHaveLength(1);
    expect(setup.jurors.filter((j) => j.conflicts.length > 0).length).toBeGreaterThanOrEqual(1);
    const nomineeIds = new Set(setup.nominees.map((n) => n.id));
    for (const c of setup.jurors.flatMap((j) => j.conflicts)) expect(nomineeIds.has(c.nomineeId)).toBe(true);

    for (const [i, j] of setup.jurors.entries()) {
      expect(j.hasPin).toBe(true);
      const hash = await getPinHash((award as AwardDb).db, j.id);
      expect(await verifyPin(DEMO_PINS[i] ?? '', hash ?? '')).toBe(true);
    }
  });
});
