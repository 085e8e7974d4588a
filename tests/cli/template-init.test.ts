import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, juri, SPAWN_TIMEOUT, STACK_FRAME, tempDir } from './run-juri';
import { copyDemoAward } from '../helpers/demo-award';

type Template = {
  format: string;
  programme: Record<string, unknown>;
  categories: { criteria: { weight: number }[] }[];
  nominees: { regionCode: string | null }[];
  jurors: Record<string, unknown>[];
};
type Info = { award: Record<string, unknown> } & Record<string, unknown>;

const tmp = tempDir();
const demo = tmp.file('demo.juri');
const templatePath = tmp.file('demo.template.json');
let template: Template;

beforeAll(async () => {
  await (await copyDemoAward(demo)).close();
  const exported = await juri(['template', demo, '--out', templatePath]);
  expect(exported.code).toBe(0);
  expect(exported.stderr).toContain(templatePath);
  template = JSON.parse(readFileSync(templatePath, 'utf8')) as Template;
}, SPAWN_TIMEOUT * 2);
afterAll(() => tmp.remove());

/** The info of a file without what identifies that one file. */
const withoutIdentity = (info: Info) => {
  const { id: _id, deviceId: _deviceId, createdAt: _createdAt, ...award } = info.award;
  return { ...info, award };
};

const writeTemplate = (name: string, value: unknown) => {
  const path = tmp.file(name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe('juri template + init', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes a pretty template with a trailing newline and no PINs', () => {
    const text = readFileSync(templatePath, 'utf8');
    expect(template.format).toBe('juri-template/1');
    expect(text.startsWith('{\n  "format": "juri-template/1"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toMatch(/"(hasPin|pin|pinHash)"\s*:/);
  });

  it('round trip: init from the template gives the same setup with a new identity', async () => {
    const copy = tmp.file('copy.juri');
    const created = await juri(['init', copy, '--template', templatePath]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Penghargaan dibuat dari templat: ${copy}`);

    const [a, b] = await Promise.all([juri(['info', demo, '--json']), juri(['info', copy, '--json'])]);
    const original = json<Info>(a);
    const again = json<Info>(b);
    expect(again.award['id']).not.toBe(original.award['id']);
    expect(again.award['deviceId']).not.toBe(original.award['deviceId']);
    // PINs are not part of a template, so the copy's jurors have none yet.
    const noPins = (info: Info) => ({
      ...withoutIdentity(info),
      jurors: (info['jurors'] as Record<string, unknown>[]).map(({ hasPin: _hasPin, ...j }) => j),
    });
    expect(noPins(again)).toEqual(noPins(original));
    expect((again['jurors'] as { hasPin: boolean }[]).every((j) => !j.hasPin)).toBe(true);

    const reexported = await juri(['template', copy, '--out', '-']);
    expect(reexported.code).toBe(0);
    expect(reexported.stdout).toBe(readFileSync(templatePath, 'utf8'));
  });

  it('init --json prints a summary of the new file', async () => {
    const file = tmp.file('json.juri');
    const result = await juri(['init', file, '--template', templatePath, '--json']);
    expect(result.code).toBe(0);
    expect(json<{ path: string; counts: { nominees: number } }>(result)).toMatchObject({
      path: file,
      counts: { nominees: 10 },
    });
  });

  it('init reads the template from stdin with --template -', async () => {
    const file = tmp.file('stdin.juri');
    const result = await juri(['init', file, '--template', '-', '--json'], {
      input: readFileSync(templatePath, 'utf8'),
    });
    expect(result.code).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('init with bad fields lists every field path with a translated message and writes nothing', async () => {
    const bad = structuredClone(template);
    bad.categories[0]!.criteria[0]!.weight = -5;
    bad.programme['name'] = '';
    delete bad.jurors[0]!['role'];
    const target = tmp.file('bad.juri');
    const result = await juri(['init', target, '--template', writeTemplate('bad.json', bad)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Templat tidak valid');
    expect(result.stderr).toContain('categories.0.criteria.0.weight: Bobot harus lebih dari 0.');
    expect(result.stderr).toContain('programme.name: Wajib diisi.');
    expect(result.stderr).toMatch(/jurors\.0\.role: Pilihan tidak valid: diharapkan salah satu dari "?ketua/);
    expect(result.stderr).not.toContain('errors.');
    expect(result.stderr).not.toContain(STACK_FRAME);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}-wal`)).toBe(false);
  });

  it('init reports an unknown region code once the shape is valid', async () => {
    const bad = structuredClone(template);
    bad.nominees[1]!.regionCode = '99.99';
    const target = tmp.file('region.juri');
    const result = await juri(['init', target, '--template', writeTemplate('region.json', bad)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nominees.1.regionCode: Kode wilayah Kemendagri tidak valid');
    expect(existsSync(target)).toBe(false);
  });

  it('init with a file that is not JSON fails clearly', async () => {
    const target = tmp.file('nojson.juri');
    const source = writeTemplate('broken.json', '{ "format": "juri-template/1", ');
    const result = await juri(['init', target, '--template', source]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Templat "${source}" bukan JSON yang valid`);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(target)).toBe(false);
  });

  it('init with a missing template says the file was not found', async () => {
    const result = await juri(['init', tmp.file('x.juri'), '--template', tmp.file('nope.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('tidak ditemukan');
  });

  it('template refuses to overwrite an existing file unless --force', async () => {
    const refused = await juri(['template', demo, '--out', templatePath]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('sudah ada');
    const forced = await juri(['template', demo, '--out', templatePath, '--force']);
    expect(forced.code).toBe(0);
  });

  it('template into a missing folder is a user error; into a directory an unexpected one (exit 70)', async () => {
    const missing = await juri(['template', demo, '--out', tmp.file('no/such/dir/t.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`Folder "${tmp.file('no/such/dir')}" tidak ditemukan.`);

    const [plain, debug] = await Promise.all([
      juri(['template', demo, '--out', tmp.dir, '--force']),
      juri(['template', demo, '--out', tmp.dir, '--force'], { env: { JURI_DEBUG: '1' } }),
    ]);
    expect(plain.code).toBe(70);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    expect(plain.stderr).toContain('Terjadi kesalahan tak terduga: EISDIR');
    expect(plain.stderr).toContain('JURI_DEBUG=1');
    expect(plain.stderr).not.toContain(STACK_FRAME);
    expect(debug.code).toBe(70);
    expect(debug.stderr).toContain(STACK_FRAME);
  });
});
