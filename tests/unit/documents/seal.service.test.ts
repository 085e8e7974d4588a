import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AwardDb } from '../../../electron/db/open-award-db';
import {
  currentSeal,
  finaliseCategory,
  fingerprintOf,
  listSeals,
  reopenCategory,
  requireSealed,
  sealedResultsOf,
} from '../../../electron/services/documents/seal.service';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import { UserError } from '../../../shared/user-error';
import { useTempDir } from '../../helpers/temp-dir';
import { CATEGORY, scoredDemo } from './fixtures';

describe('finalising a category', () => {
  const tmp = useTempDir();
  const open: AwardDb[] = [];
  afterEach(async () => {
    for (const a of open.splice(0)) await a.close();
  });
  const demo = async (bump = 0) => {
    const award = await scoredDemo(tmp.path(`a${open.length}.juri`), bump);
    open.push(award);
    return award;
  };
  const events = (award: AwardDb) =>
    award.sqlite
      .prepare<[], { actor_id: string; value: number; text: string }>(
        "SELECT actor_id, value, text FROM event WHERE type = 'finalise' ORDER BY hlc",
      )
      .all();

  it('seals the canonical results with a SHA-256 fingerprint in a finalise event', async () => {
    const award = await demo();
    const seal = await finaliseCategory(award, 'juri-1', CATEGORY);
    expect(seal).toMatchObject({ categoryId: CATEGORY, sealed: true, by: 'Prof. Dr. Siti Rahmawati, M.Pd.' });
    expect(seal.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const [event] = events(award);
    expect(event).toMatchObject({ actor_id: 'juri-1', value: 1 });
    const stored = JSON.parse(event!.text) as {
      fingerprint: string;
      results: { ranking: { name: string; score: { fixed: string } }[] };
    };
    expect(stored.fingerprint).toBe(seal.fingerprint);
    // The fingerprint is reproducible from the stored results alone (key order does not matter).
    expect(fingerprintOf(stored.results)).toBe(seal.fingerprint);
    expect(stored.results.ranking[0]).toMatchObject({ name: 'Kabupaten Paser', score: { fixed: '93.94' } });
    expect(sealedResultsOf(award, CATEGORY)?.fingerprint).toBe(seal.fingerprint);
    await expect(finaliseCategory(award, 'juri-1', CATEGORY)).rejects.toMatchObject({
      key: 'errors.document.alreadySealed',
    });
  });

  it('reopens only with a reason, audited, and seals the same results to the same fingerprint again', async () => {
    const award = await demo();
    const first = await finaliseCategory(award, 'juri-1', CATEGORY);
    expect(() => reopenCategory(award, 'juri-1', CATEGORY, ' oke ')).toThrow(UserError);
    const reopened = reopenCategory(award, 'juri-1', CATEGORY, 'Koreksi nilai juri 3');
    expect(reopened).toMatchObject({ sealed: false, fingerprint: null, reopenReason: 'Koreksi nilai juri 3' });
    expect(() => reopenCategory(award, 'juri-1', CATEGORY, 'sekali lagi')).toThrow(/notSealed|not/);
    expect(events(award).map((e) => e.value)).toEqual([1, 0]);
    const again = await finaliseCategory(award, 'juri-1', CATEGORY);
    expect(again.fingerprint).toBe(first.fingerprint);
  });

  it('gives another fingerprint for other results, and refuses a sheet when results moved after the seal', async () => {
    const a = await demo();
    const b = await demo(1);
    expect((await currentSeal(a, CATEGORY)).fingerprint).not.toBe((await currentSeal(b, CATEGORY)).fingerprint);
    await finaliseCategory(a, 'juri-1', CATEGORY);
    await expect(requireSealed(a, CATEGORY)).resolves.toMatchObject({ seal: { sealed: true } });
    const cell = { categoryId: CATEGORY, nomineeId: 'wil-64.01', criterionId: 'pbd-dokumen' };
    // The scoring service refuses changes to a sealed category...
    expect(() => scoringFor(a).saveScore('juri-4', { ...cell, value: 10 })).toThrow(UserError);
    // ...but a score event may still arrive from another device's file (merge): the sheet is then refused.
    scoringFor(a).log.append(new Date(), () => ({
      drafts: [
        {
          type: 'score',
          juror_id: 'juri-4',
          category_id: CATEGORY,
          nominee_id: cell.nomineeId,
          criterion_id: cell.criterionId,
          value: 10,
        },
      ],
      result: () => undefined,
    }));
    await expect(requireSealed(a, CATEGORY)).rejects.toMatchObject({ key: 'errors.document.sealMismatch' });
  });

  it('lists every category, unsealed ones too, and refuses to seal a category nobody can be ranked in', async () => {
    const award = await demo();
    const seals = listSeals(award);
    expect(seals.length).toBe(9);
    expect(seals.every((s) => !s.sealed)).toBe(true);
    await expect(finaliseCategory(award, 'juri-1', 'akun-belajar')).rejects.toMatchObject({
      key: 'errors.document.nothingToFinalise',
    });
  });

  it('fingerprints canonical JSON: key order and insignificant number forms do not change it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(fingerprintOf(reversed)).toBe(fingerprintOf(obj));
      }),
    );
    expect(fingerprintOf({ a: 1.0, b: [1e2] })).toBe(fingerprintOf(JSON.parse('{"b":[100],"a":1}')));
    expect(fingerprintOf({ a: 1 })).not.toBe(fingerprintOf({ a: 2 }));
  });
});
