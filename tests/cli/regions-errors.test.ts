import { spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, json, juri, ROOT, SPAWN_TIMEOUT, STACK_FRAME, tempDir } from './run-juri';

type Province = { code: string; name: string; regencies: { code: string; name: string }[] };

const tmp = tempDir();
const notJuri = tmp.file('notes.juri');

beforeAll(() => writeFileSync(notJuri, 'Catatan rapat dewan juri, bukan berkas penghargaan.\n'));
afterAll(() => tmp.remove());

describe('juri regions', { timeout: SPAWN_TIMEOUT }, () => {
  it('--json lists 38 provinces and 514 kab/kota', async () => {
    const result = await juri(['regions', '--json']);
    expect(result.code).toBe(0);
    const provinces = json<Province[]>(result);
    expect(provinces).toHaveLength(38);
    expect(provinces.reduce((n, p) => n + p.regencies.length, 0)).toBe(514);
    expect(Object.keys(provinces[0]!)).toEqual(['code', 'name', 'regencies']);
    expect(Object.keys(provinces[0]!.regencies[0]!)).toEqual(['code', 'name']);
  });

  it('--province 64 keeps Kalimantan Timur only, in JSON and as text', async () => {
    const [asJson, asText] = await Promise.all([
      juri(['regions', '--province', '64', '--json']),
      juri(['regions', '--province', '64']),
    ]);
    const provinces = json<Province[]>(asJson);
    expect(provinces.map((p) => p.code)).toEqual(['64']);
    expect(provinces[0]!.regencies).toHaveLength(10);
    expect(asText.stdout).toMatch(/^64\s+Kalimantan Timur/m);
    expect(asText.stdout).toMatch(/^\s+64\.72\s+Kota Samarinda$/m);
  });

  it('an unknown province is a user error', async () => {
    const result = await juri(['regions', '--province', '99']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Kode wilayah 99 tidak ada di data referensi.');
  });
});

describe('errors and languages', { timeout: SPAWN_TIMEOUT }, () => {
  it('info on a file that is not a Juri award: exit 1, translated message, no stack trace', async () => {
    const result = await juri(['info', notJuri]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`Berkas "${notJuri}" bukan berkas penghargaan Juri.`);
    expect(result.stderr).not.toContain(STACK_FRAME);
  });

  // Every command that reads a file the user names says which one is missing, not "unexpected error".
  it('a missing input file is named with exit 1, for every command that reads one', async () => {
    const missing = tmp.file('tidak-ada');
    const runs = await Promise.all([
      juri(['verify', `${missing}.pdf`]),
      juri(['verify-certificate', `${missing}.png`]),
      juri(['merge', notJuri, `${missing}.juri`]),
      juri(['scores', 'import', notJuri, '--juror', 'juri-1', `${missing}.csv`]),
      juri(['indicators', 'import', notJuri, `${missing}.xlsx`]),
    ]);
    for (const [result, ext] of runs.map((r, i) => [r, ['pdf', 'png', 'juri', 'csv', 'xlsx'][i]] as const)) {
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`Berkas "${missing}.${ext}" tidak ditemukan. Periksa nama dan foldernya.`);
    }
  });

  it('an empty file is not an award either, and is left empty', async () => {
    const empty = tmp.file('empty.juri');
    writeFileSync(empty, '');
    const result = await juri(['info', empty]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bukan berkas penghargaan Juri');
    expect(statSync(empty).size).toBe(0);
  });

  it('--lang en and JURI_LANG=en give English messages', async () => {
    const [flag, env] = await Promise.all([
      juri(['--lang', 'en', 'info', notJuri]),
      juri(['info', notJuri], { env: { JURI_LANG: 'en' } }),
    ]);
    for (const result of [flag, env]) {
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`"${notJuri}" is not a Juri award file.`);
    }
    const exists = await juri(['demo', notJuri, '--lang=en']);
    expect(exists.stderr.trim()).toBe(`"${notJuri}" already exists. Choose another name.`);
  });

  it('usage errors exit 2 with a hint, in the chosen language', async () => {
    const missing = await juri(['init', tmp.file('x.juri')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Opsi wajib belum diisi: --template <template>');
    expect(missing.stderr).toContain('juri --help');
    const unknown = await juri(['--lang', 'en', 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: frobnicate');
    const badLang = await juri(['--lang', 'fr', 'regions']);
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toContain('Nilai "fr" untuk --lang tidak valid. Pilihan: id, en.');
    const bare = await juri([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Pemakaian: juri');
    for (const r of [missing, unknown, badLang, bare]) expect(r.stderr).not.toContain(STACK_FRAME);
  });

  it('--help is Indonesian and lists every command; --version prints the package version', async () => {
    const [help, version] = await Promise.all([juri(['--help']), juri(['--version'])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Pemakaian: juri');
    for (const command of ['demo', 'init', 'template', 'info', 'regions'])
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a reader that closes early (| head) does not crash the CLI', async () => {
    const child = spawn(process.execPath, [BIN, 'regions', '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Closing our end before the child writes makes its first write fail with EPIPE.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain(STACK_FRAME);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
