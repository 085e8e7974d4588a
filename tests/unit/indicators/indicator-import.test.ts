import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/gate';
import type { HostContext } from '../../../electron/ipc/handlers';
import type { AwardSetup } from '../../../shared/award/award.schema';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import { Workspace } from '../../../electron/services/workspace';
import type {
  IndicatorHistoryEntry,
  IndicatorList,
  IndicatorPreview,
} from '../../../shared/indicators/indicator.schema';
import { errorOf, valueOf } from '../../helpers/envelope';
import { useTempDir } from '../../helpers/temp-dir';
import { placeDemoAward } from '../../helpers/demo-award';

// Demo award: juri-2 is the sekretaris (PIN 2222), juri-4 an anggota (4444). "survei-lingkungan" has
// two indicator criteria (survei-sd, survei-smp, unit %, 0–100) and 10 Kalimantan Timur kab/kota.
const CAT = 'survei-lingkungan';
const DEMO = readFileSync(new URL('../../../resources/demo/indicator-values.xlsx', import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/indicators/${name}`, import.meta.url));

describe('indicator data through the gate', () => {
  const tmp = useTempDir();
  const hosts: HostContext[] = [];
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.workspace.close();
  });

  async function signedIn(jurorId = 'juri-2', pin = '2222'): Promise<HostContext> {
    const ctx: HostContext = { kind: 'web', version: 'test', language: 'id', workspace: new Workspace(tmp.path('d')) };
    hosts.push(ctx);
    await placeDemoAward(tmp.path('d'));
    valueOf(await dispatch(ctx, 'file:openDemo', undefined));
    valueOf(await dispatch(ctx, 'session:signIn', { jurorId, pin }));
    return ctx;
  }
  const file = (bytes: Buffer, fileName: string, categoryId: string = CAT) => ({
    categoryId,
    fileName,
    base64: bytes.toString('base64'),
  });
  const list = async (ctx: HostContext, categoryId = CAT) =>
    valueOf<IndicatorList>(await dispatch(ctx, 'indicator:list', { categoryId }));
  const valueIn = (l: IndicatorList, nomineeId: string, criterionId: string) =>
    l.values.find((v) => v.nomineeId === nomineeId && v.criterionId === criterionId);

  it('previews the messy demo workbook (merged header, "Kab."/"KAB"/"Kota", "87,5 %", percent cells), then imports it', async () => {
    const ctx = await signedIn();
    const preview = valueOf<IndicatorPreview>(await dispatch(ctx, 'indicator:preview', file(DEMO, 'data.xlsx')));
    expect(preview.problems).toEqual([]);
    expect(preview.sheet).toBe('Survei LB');
    expect(preview.criterionIds).toEqual(['survei-sd', 'survei-smp']);
    expect(preview.values).toHaveLength(20);
    expect(preview.values.every((v) => v.status === 'new' && v.current === null)).toBe(true);
    const of = (nomineeId: string, criterionId: string) =>
      preview.values.find((v) => v.nomineeId === nomineeId && v.criterionId === criterionId)?.value;
    expect(of('wil-64.01', 'survei-sd')).toBe(87.5); // " Kab. Paser ", "87,5 %"
    expect(of('wil-64.02', 'survei-sd')).toBe(91.25); // "6402", "KAB KUTAI KARTANEGARA", 0.9125 shown as 91,25%
    expect(of('wil-64.07', 'survei-smp')).toBe(72); // "Kutai Barat" without its kind, "72 %"
    expect(of('wil-64.71', 'survei-sd')).toBe(97.6); // "Kota  Balikpapan"
    expect((await list(ctx)).values).toEqual([]);

    const imported = valueOf<IndicatorPreview>(await dispatch(ctx, 'indicator:import', file(DEMO, 'data.xlsx')));
    expect(imported).toMatchObject({ written: true, changes: 20, unchanged: 0 });
    const after = await list(ctx);
    expect(valueIn(after, 'wil-64.01', 'survei-sd')).toMatchObject({
      value: 87.5,
      source: 'import:data.xlsx#Survei LB!6',
    });
    expect(after.criteria[0]?.ruleText).toBe('min–maks: makin tinggi makin baik (terbaik = 100, terburuk = 0)');
    const history = valueOf<IndicatorHistoryEntry[]>(await dispatch(ctx, 'indicator:history', { categoryId: CAT }));
    expect(history).toHaveLength(20);
    expect(history.every((h) => h.actor?.id === 'juri-2' && h.old === null)).toBe(true);
  });

  it('fills every indicator criterion of the demo award from the demo file', async () => {
    const ctx = await signedIn();
    const setup = valueOf<AwardSetup>(await dispatch(ctx, 'file:current', undefined));
    const categories = setup.categories.filter((c) => c.criteria.some((k) => k.kind === 'indicator'));
    expect(categories.map((c) => c.id)).toEqual([
      'akun-belajar',
      'capaian-spm',
      'anggaran-spm',
      'survei-lingkungan',
      'inovasi-ats',
    ]);
    for (const c of categories) {
      const imported = valueOf<IndicatorPreview>(
        await dispatch(ctx, 'indicator:import', file(DEMO, 'data.xlsx', c.id)),
      );
      expect(imported.problems, c.id).toEqual([]);
      const l = await list(ctx, c.id);
      expect(
        l.values.filter((v) => v.value !== null),
        c.id,
      ).toHaveLength(l.nominees.length * l.criteria.length);
    }
  });

  it('re-importing shows what changed: old → new, unchanged and new; only changes are written', async () => {
    const ctx = await signedIn();
    valueOf(await dispatch(ctx, 'indicator:import', file(DEMO, 'data.xlsx')));
    const again = valueOf<IndicatorPreview>(await dispatch(ctx, 'indicator:import', file(DEMO, 'data.xlsx')));
    expect(again).toMatchObject({ changes: 0, unchanged: 20, written: true });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(DEMO as unknown as ArrayBuffer);
    book.getWorksheet('Survei LB')!.getCell('D6').value = '88,75 %'; // Paser SD: 87,5 → 88,75
    const revised = Buffer.from(await book.xlsx.writeBuffer());
    const preview = valueOf<IndicatorPreview>(await dispatch(ctx, 'indicator:preview', file(revised, 'revisi.xlsx')));
    expect(preview.changes).toBe(1);
    expect(preview.values.filter((v) => v.status === 'changed')).toEqual([
      expect.objectContaining({
        nomineeId: 'wil-64.01',
        criterionId: 'survei-sd',
        current: 87.5,
        value: 88.75,
        row: 6,
      }),
    ]);
    valueOf(await dispatch(ctx, 'indicator:import', file(revised, 'revisi.xlsx')));
    const history = valueOf<IndicatorHistoryEntry[]>(await dispatch(ctx, 'indicator:history', { categoryId: CAT }));
    expect(history).toHaveLength(21);
    expect(history[0]).toMatchObject({ old: 87.5, value: 88.75, source: 'import:revisi.xlsx#Survei LB!6' });
  });

  it('lists every problem with its row and reason, and imports nothing (all or none)', async () => {
    const ctx = await signedIn();
    const bytes = fixture('survei-problems.csv');
    const preview = valueOf<IndicatorPreview>(
      await dispatch(ctx, 'indicator:preview', file(bytes, 'survei-problems.csv')),
    );
    expect(preview.problems.map((p) => [p.reason, p.row, p.column])).toEqual([
      ['unknown_column', 1, 'E'],
      ['unknown_nominee', 3, null],
      ['not_a_number', 4, 'C'],
      ['percent_out_of_range', 5, 'C'],
      ['duplicate', 6, null],
      ['percent_out_of_range', 7, 'C'],
    ]);
    expect(preview.problems[1]?.message).toContain('Kabupaten Antah Berantah');
    expect(preview.problems[3]?.message).toContain('120');
    const error = errorOf(await dispatch(ctx, 'indicator:import', file(bytes, 'survei-problems.csv')));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('6 masalah');
    expect(error.issues).toHaveLength(6);
    expect((await list(ctx)).values).toEqual([]);
  });

  it('reads a CSV with a group header, thousands separators, stray spaces and codes with or without the dot', async () => {
    const ctx = await signedIn();
    valueOf(
      await dispatch(ctx, 'criterion:save', {
        id: 'anggaran-rp',
        categoryId: 'anggaran-spm',
        name: 'Realisasi anggaran SPM',
        description: '',
        weight: 20,
        kind: 'indicator',
        scale: { min: 0, max: 1_000_000_000_000, step: 0.01 },
        unit: 'Rp',
        direction: 'higher',
        rubric: [],
        rule: null,
      }),
    );
    const bytes = fixture('anggaran-messy.csv');
    const preview = valueOf<IndicatorPreview>(
      await dispatch(ctx, 'indicator:preview', { fileName: 'anggaran-messy.csv', base64: bytes.toString('base64') }),
    );
    expect(preview.problems).toEqual([]);
    expect(preview.categoryId).toBe('anggaran-spm'); // recognised from the column titles
    const rp = Object.fromEntries(
      preview.values.filter((v) => v.criterionId === 'anggaran-rp').map((v) => [v.nomineeId, v.value]),
    );
    expect(rp).toMatchObject({
      'wil-64.01': 1_234_567_890,
      'wil-64.02': 12_500_000.5,
      'wil-64.03': 987_654,
      'wil-64.09': 3_250_000.75,
      'wil-64.72': 5_000_000,
    });
    expect(preview.values.find((v) => v.nomineeId === 'wil-64.74' && v.criterionId === 'anggaran-porsi')?.value).toBe(
      33.4,
    );
    expect(preview.values).toHaveLength(20);

    const tooBig = Buffer.from(bytes.toString('utf8').replace('4.100.000', '4.100.000.000.000'));
    const bad = valueOf<IndicatorPreview>(
      await dispatch(ctx, 'indicator:preview', file(tooBig, 'x.csv', 'anggaran-spm')),
    );
    expect(bad.problems.map((p) => [p.reason, p.row, p.column])).toEqual([['out_of_scale', 12, 'E']]);
  });

  it('a manual correction needs a reason, is shown in the history with who/old/new, and anggota may only read', async () => {
    const ctx = await signedIn();
    valueOf(await dispatch(ctx, 'indicator:import', file(DEMO, 'data.xlsx')));
    const key = { categoryId: CAT, nomineeId: 'wil-64.74', criterionId: 'survei-smp' };
    const short = errorOf(await dispatch(ctx, 'indicator:set', { ...key, value: 98, reason: 'ok' }));
    expect(short.code).toBe('invalid_input');
    expect(short.issues?.[0]?.message).toBe('Tuliskan alasan perubahan, paling sedikit 5 huruf.');
    const percent = errorOf(await dispatch(ctx, 'indicator:set', { ...key, value: 101, reason: 'Ralat dinas' }));
    expect(percent.message).toContain('persentase');

    const l = valueOf<IndicatorList>(
      await dispatch(ctx, 'indicator:set', { ...key, value: 98.5, reason: 'Ralat dari Disdik Bontang 2/12' }),
    );
    expect(valueIn(l, 'wil-64.74', 'survei-smp')).toMatchObject({ value: 98.5, source: 'manual' });
    valueOf(await dispatch(ctx, 'indicator:set', { ...key, value: null, reason: 'Data ditarik kembali' }));
    const history = valueOf<IndicatorHistoryEntry[]>(await dispatch(ctx, 'indicator:history', { categoryId: CAT }));
    expect(history.slice(0, 2)).toEqual([
      expect.objectContaining({ old: 98.5, value: null, source: 'manual', reason: 'Data ditarik kembali' }),
      expect.objectContaining({
        old: 97.45,
        value: 98.5,
        source: 'manual',
        reason: 'Ralat dari Disdik Bontang 2/12',
        actor: { id: 'juri-2', name: 'Dra. Maria Ulfa, M.Si.' },
        nominee: 'Kota Bontang',
      }),
    ]);

    valueOf(await dispatch(ctx, 'session:signIn', { jurorId: 'juri-4', pin: '4444' }));
    expect(valueIn(await list(ctx), 'wil-64.74', 'survei-smp')?.value).toBeNull();
    expect(errorOf(await dispatch(ctx, 'indicator:set', { ...key, value: 50, reason: 'Coba ubah' })).code).toBe(
      'forbidden',
    );
    expect(errorOf(await dispatch(ctx, 'indicator:import', file(DEMO, 'data.xlsx'))).code).toBe('forbidden');
  });

  it('a category whose results are signed off (sealed) keeps its indicator data', async () => {
    const ctx = await signedIn();
    scoringFor(ctx.workspace.requireAward()).log.append(new Date(), () => ({
      drafts: [
        { type: 'finalise', category_id: CAT, value: 1, text: JSON.stringify({ fingerprint: 'f', results: [] }) },
      ],
      result: () => undefined,
    }));
    const key = { categoryId: CAT, nomineeId: 'wil-64.74', criterionId: 'survei-smp' };
    const refused = errorOf(await dispatch(ctx, 'indicator:set', { ...key, value: 50, reason: 'Ralat dinas' }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('sudah disahkan');
    expect(errorOf(await dispatch(ctx, 'indicator:import', file(DEMO, 'data.xlsx'))).code).toBe('conflict');
    expect(
      errorOf(await dispatch(ctx, 'indicator:setRule', { criterionId: 'survei-sd', rule: { kind: 'rank' } })).code,
    ).toBe('conflict');
    expect((await list(ctx)).values).toEqual([]);
  });

  it('without a category, a workbook with several categories is refused with the choices', async () => {
    const ctx = await signedIn();
    const error = errorOf(
      await dispatch(ctx, 'indicator:preview', { fileName: 'data.xlsx', base64: DEMO.toString('base64') }),
    );
    expect(error.message).toContain('survei-lingkungan');
    expect(error.message).toContain('inovasi-ats');
    const one = valueOf<IndicatorPreview>(
      await dispatch(ctx, 'indicator:preview', {
        fileName: 'data.xlsx',
        base64: DEMO.toString('base64'),
        sheet: 'ATS',
      }),
    );
    expect(one.categoryId).toBe('inovasi-ats');
  });

  it('a template re-imports without changes, and sets the rule in words', async () => {
    const ctx = await signedIn();
    valueOf(await dispatch(ctx, 'indicator:import', file(DEMO, 'data.xlsx')));
    for (const format of ['xlsx', 'csv'] as const) {
      const t = valueOf<{ fileName: string; base64: string }>(
        await dispatch(ctx, 'indicator:template', { categoryId: CAT, format }),
      );
      expect(t.fileName).toBe(`indikator-survei-lingkungan.${format}`);
      const again = valueOf<IndicatorPreview>(await dispatch(ctx, 'indicator:preview', { categoryId: CAT, ...t }));
      expect(again).toMatchObject({ problems: [], changes: 0, unchanged: 20 });
    }
    const l = valueOf<IndicatorList>(
      await dispatch(ctx, 'indicator:setRule', {
        criterionId: 'survei-sd',
        rule: { kind: 'target', target: 95 },
      }),
    );
    expect(l.criteria[0]).toMatchObject({
      rule: { kind: 'target', target: 95 },
      ruleText: 'target 95 %, makin tinggi makin baik, maks. 100',
    });
  });
});
