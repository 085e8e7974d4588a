import { afterEach, describe, expect, it } from 'vitest';
import type { CriterionInput, Programme } from '../../../shared/award/award.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../../electron/db/open-award-db';
import { getPinHash } from '../../../electron/db/repos/juror.repo';
import { createAwardFile, emptyProgramme, openAwardFile } from '../../../electron/services/award-file.service';
import { verifyPin } from '../../../electron/services/pin';
import { readSetup, setupService as s } from '../../../electron/services/setup.service';
import { useTempDir } from '../../helpers/temp-dir';

const KALTIM_CODES = ['64.01', '64.02', '64.03', '64.07', '64.08', '64.09', '64.11', '64.71', '64.72', '64.74'];

/** Resolves to the UserError the promise rejects with. */
async function userErrorOf(promise: Promise<unknown>): Promise<UserError> {
  const error: unknown = await promise.then(
    () => new Error('expected a UserError, but the call succeeded'),
    (e: unknown) => e,
  );
  if (error instanceof UserError) return error;
  throw error;
}

const criterion = (categoryId: string, extra: Partial<CriterionInput> = {}): CriterionInput => ({
  categoryId,
  rule: null,
  name: 'Strategi pendampingan',
  description: 'Kebijakan dan pendampingan satuan pendidikan.',
  weight: 12.5,
  kind: 'judged',
  scale: { min: 1, max: 100, step: 0.5 },
  unit: '',
  direction: 'higher',
  rubric: [
    { label: 'Sangat baik', min: 86, max: 100, descriptor: 'Ada kebijakan tertulis dan bukti dampak.' },
    { label: 'Baik', min: 70.5, max: 85.5, descriptor: 'Pendampingan di sebagian besar jenjang.' },
    { label: 'Kurang', min: 1, max: 70, descriptor: '' },
  ],
  ...extra,
});

describe('setupService on a real award file', () => {
  const tmp = useTempDir();
  const opened: AwardDb[] = [];
  afterEach(async () => {
    for (const a of opened.splice(0)) await a.close();
  });

  async function newAward(name = 'Apresiasi Program Prioritas 2024'): Promise<AwardDb> {
    const award = await createAwardFile(tmp.path(`${opened.length}.juri`), emptyProgramme(name));
    opened.push(award);
    return award;
  }

  /** Closes the file and reads it back, to prove the change was written, not just cached. */
  async function reopened(award: AwardDb) {
    await award.close();
    opened.splice(opened.indexOf(award), 1);
    const { award: again, setup } = await openAwardFile(award.path);
    opened.push(again);
    return { award: again, setup };
  }

  it('saves the programme', async () => {
    const award = await newAward();
    const programme: Programme = {
      name: 'Apresiasi Program Prioritas 2024',
      organiser: 'BPMP Provinsi Kalimantan Timur',
      place: 'Samarinda',
      startDate: '2024-11-25',
      endDate: '2024-11-27',
      decisionDate: '2024-11-27',
      decisionPlace: 'Samarinda',
    };
    expect((await s.updateProgramme(award, programme)).award.programme).toEqual(programme);
    expect((await reopened(award)).setup.award.programme).toEqual(programme);
  });

  it('adds, moves and removes signatories', async () => {
    const award = await newAward();
    await s.saveSignatory(award, { name: 'Dr. Hendra Wijaya', title: 'Kepala BPMP', position: 'Penanggung Jawab' });
    let setup = await s.saveSignatory(award, { name: 'Prof. Siti Rahmawati', title: '', position: 'Ketua Dewan Juri' });
    expect(setup.signatories.map((x) => x.name)).toEqual(['Dr. Hendra Wijaya', 'Prof. Siti Rahmawati']);
    const [first, second] = setup.signatories;
    if (!first || !second) throw new Error('two signatories expected');

    setup = await s.moveSignatory(award, second.id, -1);
    expect(setup.signatories.map((x) => x.id)).toEqual([second.id, first.id]);
    setup = await s.saveSignatory(award, { ...first, title: 'Kepala BPMP Kaltim' });
    expect(setup.signatories.find((x) => x.id === first.id)?.title).toBe('Kepala BPMP Kaltim');

    setup = await s.removeSignatory(award, second.id);
    expect(setup.signatories.map((x) => x.id)).toEqual([first.id]);
    const again = await reopened(award);
    expect(again.setup.signatories.map((x) => x.id)).toEqual([first.id]);
    expect((await userErrorOf(s.removeSignatory(again.award, 'tidak-ada'))).code).toBe('not_found');
  });

  it('adds, moves and removes categories; removing one removes its criteria', async () => {
    const award = await newAward();
    await s.saveCategory(award, { name: 'Akun belajar', description: '' });
    let setup = await s.saveCategory(award, { name: 'Capaian SPM', description: 'Standar Pelayanan Minimal' });
    const [a, b] = setup.categories;
    if (!a || !b) throw new Error('two categories expected');
    await s.saveCriterion(award, criterion(a.id));
    setup = await s.saveCriterion(award, criterion(a.id, { name: 'Aktivasi akun' }));
    expect(setup.categories[0]?.criteria.map((k) => k.name)).toEqual(['Strategi pendampingan', 'Aktivasi akun']);

    setup = await s.moveCategory(award, b.id, -1);
    expect(setup.categories.map((c) => c.name)).toEqual(['Capaian SPM', 'Akun belajar']);

    setup = await s.removeCategory(award, a.id);
    expect(setup.categories.map((c) => c.id)).toEqual([b.id]);
    const remaining = award.sqlite.prepare(`SELECT count(*) AS n FROM criterion`).get() as { n: number };
    const levels = award.sqlite.prepare(`SELECT count(*) AS n FROM rubric_level`).get() as { n: number };
    expect([remaining.n, levels.n]).toEqual([0, 0]);
  });

  it('stores a criterion with its rubric exactly as given', async () => {
    const award = await newAward();
    const category = (await s.saveCategory(award, { name: 'Akun belajar', description: '' })).categories[0];
    if (!category) throw new Error('category expected');
    const input = criterion(category.id);
    const saved = (await s.saveCriterion(award, input)).categories[0]?.criteria[0];
    expect(saved).toEqual({ ...input, id: saved?.id });

    const indicator = criterion(category.id, {
      name: 'Persentase aktivasi',
      kind: 'indicator',
      weight: 0.3333,
      scale: { min: 0, max: 100, step: 0.01 },
      unit: '%',
      direction: 'lower',
      rubric: [],
    });
    await s.saveCriterion(award, indicator);
    const again = await reopened(award);
    const back = again.setup.categories[0]?.criteria;
    expect(back?.map(({ id: _id, ...k }) => k)).toEqual([input, indicator]);

    const [first, second] = back ?? [];
    if (!first || !second) throw new Error('two criteria expected');
    const moved = await s.moveCriterion(again.award, second.id, -1);
    expect(moved.categories[0]?.criteria.map((k) => k.id)).toEqual([second.id, first.id]);
  });

  it('refuses a criterion for an unknown category', async () => {
    const award = await newAward();
    expect((await userErrorOf(s.saveCriterion(award, criterion('tidak-ada')))).code).toBe('not_found');
  });

  it('adds the 10 kab/kota of Kalimantan Timur as nominees, with kinds and codes', async () => {
    const award = await newAward();
    const setup = await s.addRegionNominees(award, '64', false, KALTIM_CODES);
    expect(setup.nominees).toHaveLength(10);
    expect(setup.nominees.map((n) => n.regionCode)).toEqual(KALTIM_CODES);
    expect(setup.nominees.find((n) => n.regionCode === '64.01')).toMatchObject({
      kind: 'regency',
      name: 'Kabupaten Paser',
    });
    expect(setup.nominees.find((n) => n.regionCode === '64.72')).toMatchObject({
      kind: 'city',
      name: 'Kota Samarinda',
    });
    expect(setup.nominees.filter((n) => n.kind === 'city').map((n) => n.regionCode)).toEqual([
      '64.71',
      '64.72',
      '64.74',
    ]);

    const again = await s.addRegionNominees(award, '64', true, ['64.72']);
    expect(again.nominees).toHaveLength(11);
    expect(again.nominees[10]).toMatchObject({ kind: 'province', name: 'Provinsi Kalimantan Timur', regionCode: '64' });
  });

  it('refuses unknown region codes and kab/kota of another province, adding nothing', async () => {
    const award = await newAward();
    expect((await userErrorOf(s.addRegionNominees(award, '64', false, ['64.99']))).code).toBe('not_found');
    expect((await userErrorOf(s.addRegionNominees(award, '99', true, []))).code).toBe('not_found');
    const elsewhere = await userErrorOf(s.addRegionNominees(award, '64', false, ['64.01', '63.71']));
    expect(elsewhere.code).toBe('invalid_input');
    expect(elsewhere.key).toBe('errors.regionNotInProvince');
    expect((await readSetup(award)).nominees).toEqual([]);
  });

  it('adds, renames and removes a custom nominee', async () => {
    const award = await newAward();
    let setup = await s.saveCustomNominee(award, { name: 'SMA Negeri 1 Samarinda', description: 'Sekolah penggerak' });
    const nominee = setup.nominees[0];
    expect(nominee).toMatchObject({ kind: 'custom', regionCode: null, name: 'SMA Negeri 1 Samarinda' });
    if (!nominee) throw new Error('nominee expected');
    setup = await s.saveCustomNominee(award, { id: nominee.id, name: 'SMAN 1 Samarinda', description: '' });
    expect(setup.nominees).toEqual([{ ...nominee, name: 'SMAN 1 Samarinda', description: '' }]);
    setup = await s.removeNominee(award, nominee.id);
    expect(setup.nominees).toEqual([]);
  });

  it('sets the nominees of a category and refuses unknown nominee ids', async () => {
    const award = await newAward();
    await s.addRegionNominees(award, '64', false, ['64.71', '64.72']);
    const category = (await s.saveCategory(award, { name: 'PPDB', description: '' })).categories[0];
    if (!category) throw new Error('category expected');
    const setup = await s.setCategoryNominees(award, category.id, ['wil-64.72']);
    expect(setup.categories[0]?.nomineeIds).toEqual(['wil-64.72']);

    const error = await userErrorOf(s.setCategoryNominees(award, category.id, ['wil-64.71', 'tidak-ada']));
    expect(error.code).toBe('not_found');
    expect((await readSetup(award)).categories[0]?.nomineeIds).toEqual(['wil-64.72']);
    expect((await userErrorOf(s.setCategoryNominees(award, 'tidak-ada', []))).code).toBe('not_found');
  });

  it('stores a juror PIN hashed, never the PIN itself', async () => {
    const award = await newAward();
    let setup = await s.saveJuror(award, {
      name: 'Prof. Siti Rahmawati',
      title: 'Guru Besar',
      role: 'ketua',
      pin: '482915',
    });
    const juror = setup.jurors[0];
    if (!juror) throw new Error('juror expected');
    expect(juror).toMatchObject({ role: 'ketua', hasPin: true, conflicts: [] });

    const stored = await getPinHash(award.db, juror.id);
    expect(stored).not.toBeNull();
    expect(stored).not.toContain('482915');
    const file = award.sqlite.prepare(`SELECT * FROM juror`).all();
    expect(JSON.stringify(file)).not.toContain('482915');
    expect(await verifyPin('482915', stored ?? '')).toBe(true);
    expect(await verifyPin('482916', stored ?? '')).toBe(false);

    // Saving without a PIN keeps the current one.
    setup = await s.saveJuror(award, { id: juror.id, name: 'Prof. Dr. Siti Rahmawati', title: '', role: 'ketua' });
    expect(setup.jurors[0]).toMatchObject({ name: 'Prof. Dr. Siti Rahmawati', hasPin: true });
    expect(await getPinHash(award.db, juror.id)).toBe(stored);

    setup = await s.saveJuror(award, { name: 'Rina Marlina', title: '', role: 'anggota', pin: null });
    expect(setup.jurors[1]?.hasPin).toBe(false);
    setup = await s.moveJuror(award, setup.jurors[1]?.id ?? '', -1);
    expect(setup.jurors.map((j) => j.name)).toEqual(['Rina Marlina', 'Prof. Dr. Siti Rahmawati']);
    setup = await s.removeJuror(award, juror.id);
    expect(setup.jurors.map((j) => j.name)).toEqual(['Rina Marlina']);
    expect(
      (await userErrorOf(s.saveJuror(award, { id: 'tidak-ada', name: 'X', title: '', role: 'anggota' }))).code,
    ).toBe('not_found');
  });

  it('records conflicts of interest and refuses unknown nominees', async () => {
    const award = await newAward();
    await s.addRegionNominees(award, '64', false, ['64.71', '64.72']);
    const juror = (await s.saveJuror(award, { name: 'Drs. Bambang Sutrisno', title: '', role: 'anggota' })).jurors[0];
    if (!juror) throw new Error('juror expected');
    const conflicts = [{ nomineeId: 'wil-64.72', reason: 'Pegawai Dinas Pendidikan Kota Samarinda' }];
    expect((await s.setConflicts(award, juror.id, conflicts)).jurors[0]?.conflicts).toEqual(conflicts);

    expect((await userErrorOf(s.setConflicts(award, juror.id, [{ nomineeId: 'tidak-ada', reason: '' }]))).code).toBe(
      'not_found',
    );
    expect((await userErrorOf(s.setConflicts(award, 'tidak-ada', []))).code).toBe('not_found');
    expect((await readSetup(award)).jurors[0]?.conflicts).toEqual(conflicts);

    // Removing the nominee removes the conflict with it.
    expect((await s.removeNominee(award, 'wil-64.72')).jurors[0]?.conflicts).toEqual([]);
  });
});
