import { afterEach, describe, expect, it } from 'vitest';
import { openAwardDb } from '../../../electron/db/open-award-db';
import { listCategories } from '../../../electron/db/repos/category.repo';
import { CategoryScoringSchema } from '../../../shared/award/award.schema';
import { openAtMigration } from '../../helpers/migrate-to';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 0003_results', () => {
  const tmp = useTempDir();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  /** A file left at 0002 with one category and one indicator criterion, as an older Juri wrote it. */
  async function fileAt0002(): Promise<string> {
    const path = tmp.path('old.juri');
    const old = await openAtMigration(path, '0002_scoring');
    old.sqlite.exec(`
      INSERT INTO category (id, position_no, name, description) VALUES ('spm', 1, 'Capaian SPM', '');
      INSERT INTO criterion (id, category_id, position_no, name, weight, kind, scale_min, scale_max, scale_step, unit)
        VALUES ('spm-indeks', 'spm', 1, 'Indeks SPM', 70, 'indicator', 0, 100, 0.01, '%');`);
    await old.close();
    return path;
  }

  it('keeps old categories and reads their ranking settings as the defaults', async () => {
    const award = await openAwardDb(await fileAt0002(), { create: false });
    closers.push(() => award.close());
    const [category] = await listCategories(award.db);
    expect(category?.name).toBe('Capaian SPM');
    expect(category?.scoring).toEqual(CategoryScoringSchema.parse({}));
    expect(category?.scoring.method).toBe('mean');
    expect(category?.criteria[0]?.rule).toBeNull();
  });

  it('adds the indicator_value projection, keyed by nominee and criterion', async () => {
    const award = await openAtMigration(tmp.path('new.juri'), '0003_results');
    closers.push(() => award.close());
    const columns = award.sqlite.prepare(`PRAGMA table_info(indicator_value)`).all() as { name: string; pk: number }[];
    expect(columns.map((c) => c.name)).toEqual(['nominee_id', 'criterion_id', 'value', 'source', 'at', 'clock']);
    expect(columns.filter((c) => c.pk > 0).map((c) => c.name)).toEqual(['nominee_id', 'criterion_id']);
    const insert = award.sqlite.prepare(
      `INSERT INTO indicator_value (nominee_id, criterion_id, value, source, at, clock) VALUES ('n', 'k', 1, 'manual', 'now', 'c')`,
    );
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE|PRIMARY KEY/);
  });

  it('stores a category’s scoring settings and an indicator rule as JSON that round-trips', async () => {
    const award = await openAwardDb(await fileAt0002(), { create: false });
    closers.push(() => award.close());
    award.sqlite
      .prepare(`UPDATE category SET scoring = ? WHERE id = 'spm'`)
      .run(JSON.stringify({ method: 'trimmed', trimK: 1, quorum: 3 }));
    award.sqlite
      .prepare(`UPDATE criterion SET rule = ? WHERE id = 'spm-indeks'`)
      .run(JSON.stringify({ kind: 'target', target: 90, cap: 1 }));
    const [category] = await listCategories(award.db);
    expect(category?.scoring).toMatchObject({ method: 'trimmed', trimK: 1, quorum: 3 });
    expect(category?.scoring.winners).toEqual(CategoryScoringSchema.parse({}).winners);
    expect(category?.criteria[0]?.rule).toEqual({ kind: 'target', target: 90, cap: 1 });
  });
});
