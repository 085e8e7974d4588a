import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorList, IndicatorPreview } from '../../shared/indicators/indicator.schema';
import { json, juri, ROOT, SPAWN_TIMEOUT, STACK_FRAME, tempDir } from './run-juri';
import { copyDemoAward } from '../helpers/demo-award';

const DEMO = `${ROOT}/resources/demo/indicator-values.xlsx`;
const PROBLEMS = `${ROOT}/tests/fixtures/indicators/survei-problems.csv`;

describe('juri indicators', () => {
  const tmp = tempDir();
  const award = tmp.file('demo.juri');
  beforeAll(async () => {
    await (await copyDemoAward(award)).close();
  }, SPAWN_TIMEOUT);
  afterAll(() => tmp.remove());

  const values = async (category: string) => {
    const r = await juri(['indicators', 'list', award, '--category', category, '--json']);
    expect(r.code, r.stderr).toBe(0);
    return json<IndicatorList[]>(r)[0]!.values;
  };

  it(
    'refuses a file with problems: prints every one, exits non-zero, writes nothing',
    async () => {
      const r = await juri(['indicators', 'import', award, PROBLEMS, '--category', 'survei-lingkungan']);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('Jumlah siswa');
      expect(r.stderr).toContain('Kabupaten Antah Berantah');
      expect(r.stderr).toContain('sembilan puluh');
      expect(r.stderr).toContain('6 masalah');
      expect(r.stderr).not.toContain(STACK_FRAME);
      expect(await values('survei-lingkungan')).toEqual([]);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'without --category refuses a workbook of several categories, listing them',
    async () => {
      const r = await juri(['indicators', 'import', award, DEMO]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain('survei-lingkungan');
      expect(r.stderr).toContain('anggaran-spm');
    },
    SPAWN_TIMEOUT,
  );

  it(
    'checks with --dry-run, then imports the demo data; a second import changes nothing',
    async () => {
      const dry = await juri(['indicators', 'import', award, DEMO, '--category', 'survei-lingkungan', '--dry-run']);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('Kabupaten Paser — Penyelesaian survei jenjang SD: — → 87,5');
      expect(await values('survei-lingkungan')).toEqual([]);

      const run = await juri(['indicators', 'import', award, DEMO, '--category', 'survei-lingkungan', '--json']);
      expect(run.code, run.stderr).toBe(0);
      expect(json<IndicatorPreview>(run)).toMatchObject({ written: true, changes: 20, problems: [] });
      const stored = await values('survei-lingkungan');
      expect(stored).toHaveLength(20);
      expect(stored[0]?.source).toBe('import:indicator-values.xlsx#Survei LB!6');

      const again = await juri([
        '--lang',
        'en',
        'indicators',
        'import',
        award,
        DEMO,
        '--category',
        'survei-lingkungan',
      ]);
      expect(again.stdout).toContain('20 values, all the same as stored');
    },
    SPAWN_TIMEOUT * 2,
  );

  it(
    'writes a CSV template with the current values and lists values with the rule in words',
    async () => {
      const out = tmp.file('survei.csv');
      const made = await juri(['indicators', 'template', award, '--category', 'survei-lingkungan', '--out', out]);
      expect(made.code, made.stderr).toBe(0);
      const lines = readFileSync(out, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(lines[0]).toBe('Kode;Peserta;Penyelesaian survei jenjang SD (%);Penyelesaian survei jenjang SMP (%)');
      expect(lines[1]).toBe('ID;;survei-sd;survei-smp');
      const list = await juri(['indicators', 'list', award, '--category', 'survei-lingkungan']);
      expect(list.stdout).toContain('aturan: min–maks: makin tinggi makin baik');
      expect(list.stdout).toMatch(/64\.01\s+Kabupaten Paser\s+87,5/);
    },
    SPAWN_TIMEOUT * 2,
  );
});
