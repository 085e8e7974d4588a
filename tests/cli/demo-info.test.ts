import { existsSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, juri, SPAWN_TIMEOUT, STACK_FRAME, tempDir, type JuriResult } from './run-juri';

interface Info {
  award: {
    id: string;
    deviceId: string;
    schemaVersion: number;
    createdAt: string;
    programme: { name: string };
    signatories: unknown[];
  };
  categories: {
    id: string;
    name: string;
    criteria: { id: string; categoryId: string; weight: number; scale: object }[];
    nomineeIds: string[];
  }[];
  nominees: { id: string; name: string; kind: string; regionCode: string | null }[];
  jurors: {
    id: string;
    name: string;
    title: string;
    role: string;
    hasPin: boolean;
    conflicts: { nomineeId: string; reason: string }[];
  }[];
}

const tmp = tempDir();
const demo = tmp.file('demo.juri');
let created: JuriResult;

beforeAll(async () => {
  created = await juri(['demo', demo]);
}, SPAWN_TIMEOUT);
afterAll(() => tmp.remove());

describe('juri demo + info', { timeout: SPAWN_TIMEOUT }, () => {
  it('creates the demo award and says so in Indonesian', () => {
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Penghargaan demo dibuat: ${demo}`);
    expect(created.stdout).toContain('Apresiasi Program Prioritas 2024');
    expect(created.stdout).toMatch(/\d+ kategori, \d+ kriteria, 10 peserta, 5 juri/);
    expect(statSync(demo).size).toBeGreaterThan(0);
  });

  it('info --json shows the Kaltim nominees, categories with criteria and jurors with conflicts', async () => {
    const result = await juri(['info', demo, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const info = json<Info>(result);

    expect(Object.keys(info)).toEqual(['award', 'categories', 'nominees', 'jurors']);
    expect(info.award.programme.name).toBe('Apresiasi Program Prioritas 2024');
    expect(info.award.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.award.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.award.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(info.award.signatories.length).toBeGreaterThan(0);

    expect(info.nominees).toHaveLength(10);
    for (const n of info.nominees) {
      expect(n.regionCode).toMatch(/^64\.\d\d$/);
      expect(['regency', 'city']).toContain(n.kind);
    }
    expect(new Set(info.nominees.map((n) => n.kind))).toEqual(new Set(['regency', 'city']));

    expect(info.categories.length).toBeGreaterThanOrEqual(8);
    const nomineeIds = new Set(info.nominees.map((n) => n.id));
    for (const c of info.categories) {
      expect(c.criteria.length).toBeGreaterThan(0);
      for (const k of c.criteria) expect(k.categoryId).toBe(c.id);
      expect(c.nomineeIds.length).toBeGreaterThan(0);
      for (const id of c.nomineeIds) expect(nomineeIds.has(id)).toBe(true);
    }

    expect(info.jurors).toHaveLength(5);
    expect(info.jurors.some((j) => j.conflicts.length > 0)).toBe(true);
    for (const j of info.jurors) {
      expect(Object.keys(j)).toEqual(['id', 'name', 'title', 'role', 'hasPin', 'conflicts']);
      expect(j.hasPin).toBe(true);
      for (const c of j.conflicts) expect(nomineeIds.has(c.nomineeId)).toBe(true);
    }
    expect(result.stdout).not.toMatch(/scrypt|pin_hash|pinHash/i);
    expect(result.stdout.endsWith('}\n')).toBe(true);
  });

  it('info without --json is a readable Indonesian summary', async () => {
    const result = await juri(['info', demo]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Program: Apresiasi Program Prioritas 2024');
    expect(result.stdout).toContain('Kategori:');
    expect(result.stdout).toMatch(/1\. .+ — \d+ kriteria, 10 peserta/);
    expect(result.stdout).toContain('Dewan Juri:');
    expect(result.stdout).toContain('(Ketua)');
    expect(result.stdout).toContain('konflik kepentingan: Kota Samarinda');
  });

  it('demo refuses an existing file: exit 1, one clear line, no stack trace, file untouched', async () => {
    const before = statSync(demo).mtimeMs;
    const result = await juri(['demo', demo]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe(`Berkas "${demo}" sudah ada. Pilih nama lain.`);
    expect(result.stderr).not.toContain(STACK_FRAME);
    expect(statSync(demo).mtimeMs).toBe(before);
  });

  it('demo --json prints the path and counts', async () => {
    const file = tmp.file('demo-json.juri');
    const result = await juri(['demo', file, '--json']);
    expect(result.code).toBe(0);
    const summary = json<{ path: string; award: { id: string; name: string }; counts: Record<string, number> }>(result);
    expect(summary.path).toBe(file);
    expect(summary.award.name).toBe('Apresiasi Program Prioritas 2024');
    expect(summary.counts).toMatchObject({ nominees: 10, jurors: 5 });
    expect(summary.counts['categories']).toBeGreaterThanOrEqual(8);
    expect(existsSync(file)).toBe(true);
  });

  it('demo into a folder that does not exist is a user error', async () => {
    const result = await juri(['demo', tmp.file('no-such-folder/demo.juri')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`Folder "${tmp.file('no-such-folder')}" tidak ditemukan.`);
  });
});
