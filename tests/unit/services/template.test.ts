import fc from 'fast-check';
import { existsSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Template } from '../../../shared/award/template.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../../electron/db/open-award-db';
import { demoTemplate } from '../../../electron/services/demo-award';
import { createFromTemplate, exportTemplate, parseTemplate } from '../../../electron/services/template.service';
import { useTempDir } from '../../helpers/temp-dir';
import { copyDemoAward } from '../../helpers/demo-award';

/** The demo template with one change applied to a deep copy. */
function demoWith(change: (t: Template) => void): Template {
  const t = structuredClone(demoTemplate());
  change(t);
  return t;
}

describe('templates', () => {
  const tmp = useTempDir();
  const opened: AwardDb[] = [];
  afterEach(async () => {
    for (const a of opened.splice(0)) await a.close();
  });
  const keep = (award: AwardDb) => (opened.push(award), award);

  it('round-trips: demo → export → create from it → export gives the same template', async () => {
    const demo = keep(await copyDemoAward(tmp.path('demo.juri')));
    const exported = await exportTemplate(demo);
    expect(exported).toEqual(demoTemplate());

    const copy = keep(await createFromTemplate(tmp.path('copy.juri'), JSON.parse(JSON.stringify(exported))));
    expect(await exportTemplate(copy)).toEqual(exported);
  });

  it('carries no PINs: jurors created from a template have none', async () => {
    const demo = keep(await copyDemoAward(tmp.path('demo.juri')));
    const exported = await exportTemplate(demo);
    expect(JSON.stringify(exported)).not.toContain('scrypt$');
    for (const j of exported.jurors)
      expect(Object.keys(j).sort()).toEqual(['conflicts', 'id', 'name', 'role', 'title']);
    const copy = keep(await createFromTemplate(tmp.path('copy.juri'), exported));
    const hashes = copy.sqlite.prepare(`SELECT pin_hash FROM juror`).all() as { pin_hash: string | null }[];
    expect(hashes.map((h) => h.pin_hash)).toEqual([null, null, null, null, null]);
  });

  const invalid: [string, unknown, (string | number)[]][] = [
    ['a wrong format tag', { ...demoTemplate(), format: 'juri-template/99' }, ['format']],
    [
      'a negative weight',
      demoWith((t) => {
        const k = t.categories[0]?.criteria[0];
        if (k) k.weight = -5;
      }),
      ['categories', 0, 'criteria', 0, 'weight'],
    ],
    [
      'a conflict with an unknown nominee',
      demoWith((t) => {
        const c = t.jurors[2]?.conflicts[0];
        if (c) c.nomineeId = 'wil-99.99';
      }),
      ['jurors', 2, 'conflicts', 0, 'nomineeId'],
    ],
    [
      'a region code not in the reference data',
      demoWith((t) => {
        const n = t.nominees[3];
        if (n) n.regionCode = '64.99';
      }),
      ['nominees', 3, 'regionCode'],
    ],
    [
      'a duplicate juror id',
      demoWith((t) => {
        const j = t.jurors[1];
        if (j) j.id = 'juri-1';
      }),
      ['jurors', 1, 'id'],
    ],
    [
      'a duplicate category id',
      demoWith((t) => {
        const c = t.categories[4];
        if (c) c.id = 'akun-belajar';
      }),
      ['categories', 4, 'id'],
    ],
  ];

  it.each(invalid)('refuses a template with %s, names the field and writes no file', async (_what, raw, path) => {
    const target = tmp.path('invalid.juri');
    const error: unknown = await createFromTemplate(target, raw).then(
      (a) => keep(a),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    const userError = error as UserError;
    expect(userError.code).toBe('invalid_input');
    expect(userError.issues?.map((i) => i.path)).toContainEqual(path);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  it('lists every bad field, not only the first', () => {
    const raw = demoWith((t) => {
      const k = t.categories[1]?.criteria[1];
      if (k) k.weight = 0;
      t.programme.name = '   ';
    });
    const issues = (() => {
      try {
        parseTemplate(raw);
      } catch (error) {
        if (error instanceof UserError) return error.issues ?? [];
      }
      return [];
    })();
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: ['programme', 'name'], message: 'errors.required' },
        { path: ['categories', 1, 'criteria', 1, 'weight'], message: 'errors.weightPositive' },
      ]),
    );
  });

  it('keeps any unicode programme text exactly through export and import (property)', async () => {
    const text = (max: number) =>
      fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
        .map((s) => s.trim())
        .filter((s) => s.length > 0 && s.length <= max);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        text(200),
        text(200),
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        async (name, organiser, description) => {
          const trimmed = description.trim();
          const template = demoWith((t) => {
            t.programme.name = name;
            t.programme.organiser = organiser;
            t.programme.place = trimmed.slice(0, 200).trim();
            const c = t.categories[0];
            if (c) c.description = trimmed;
          });
          run += 1;
          const award = await createFromTemplate(tmp.path(`prop-${run}.juri`), template);
          try {
            const back = await exportTemplate(award);
            expect(back.programme).toEqual(template.programme);
            expect(back.categories[0]?.description).toBe(trimmed);
            expect(back).toEqual(template);
          } finally {
            await award.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
