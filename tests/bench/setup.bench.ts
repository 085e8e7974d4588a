import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CategoryScoringSchema } from '../../shared/award/award.schema';
import { TEMPLATE_FORMAT, type Template } from '../../shared/award/template.schema';
import { dispatch } from '../../electron/ipc/gate';
import type { HostContext } from '../../electron/ipc/handlers';
import { listProvinces, regionNominees } from '../../electron/services/regions.service';
import { readSetup } from '../../electron/services/setup.service';
import { createFromTemplate } from '../../electron/services/template.service';
import { Workspace } from '../../electron/services/workspace';

/** The programme of the benchmarks' national awards. */
export const NATIONAL_PROGRAMME: Template['programme'] = {
  name: 'Apresiasi Nasional',
  organiser: 'Kemendikdasmen',
  place: 'Jakarta',
  startDate: null,
  endDate: null,
  decisionDate: null,
  decisionPlace: '',
};

/** A national award: all 38 provinces and 514 kab/kota, 20 categories × 5 criteria, 15 jurors. */
export function nationalTemplate(): Template {
  const nominees = listProvinces().flatMap((p) =>
    regionNominees(
      p.code,
      true,
      p.regencies.map((r) => r.code),
    ),
  );
  const ids = nominees.map((n) => n.id);
  const categories = Array.from({ length: 20 }, (_, c) => ({
    id: `cat-${c}`,
    name: `Kategori ${c + 1}`,
    description: '',
    nomineeIds: ids,
    scoring: CategoryScoringSchema.parse({}),
    criteria: Array.from({ length: 5 }, (_, k) => ({
      id: `cat-${c}-k${k}`,
      name: `Kriteria ${k + 1}`,
      description: '',
      weight: 20,
      kind: k === 4 ? ('indicator' as const) : ('judged' as const),
      scale: { min: 1, max: 100, step: 1 },
      unit: k === 4 ? '%' : '',
      direction: 'higher' as const,
      rule: null,
      rubric: [
        { label: 'Baik', min: 51, max: 100, descriptor: 'Memenuhi harapan.' },
        { label: 'Kurang', min: 1, max: 50, descriptor: 'Belum memenuhi.' },
      ],
    })),
  }));
  const jurors = Array.from({ length: 15 }, (_, j) => ({
    id: `juri-${j}`,
    name: `Juri ${j + 1}`,
    title: '',
    role: j === 0 ? ('ketua' as const) : ('anggota' as const),
    conflicts: ids.slice(j * 30, j * 30 + 3).map((nomineeId) => ({ nomineeId, reason: '' })),
  }));
  return {
    format: TEMPLATE_FORMAT,
    programme: NATIONAL_PROGRAMME,
    signatories: [],
    nominees,
    categories,
    jurors,
  };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function time(runs: number, fn: () => unknown): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99) };
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

/** Setup at national scale: create, read back (what each edit returns), and one edit through the gate. */
export async function benchSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juri-bench-'));
  try {
    const template = nationalTemplate();
    const t0 = performance.now();
    const award = await createFromTemplate(join(dir, 'national.juri'), template);
    const createMs = performance.now() - t0;
    console.log(
      `setup: national award (${template.nominees.length} nominees, 20 categories × 5 criteria, 15 jurors) created in ${ms(createMs)}`,
    );

    const read = await time(30, () => readSetup(award));
    const raw = await time(30, () => {
      for (const table of [
        'award',
        'signatory',
        'category',
        'criterion',
        'rubric_level',
        'nominee',
        'category_nominee',
        'juror',
        'conflict',
      ]) {
        award.sqlite.prepare(`SELECT * FROM ${table}`).all();
      }
    });
    console.log(
      `setup: readSetup p50 ${ms(read.p50)}, p99 ${ms(read.p99)}; raw SELECT * of the same tables p50 ${ms(raw.p50)}; ratio ${(read.p50 / raw.p50).toFixed(1)}×`,
    );
    await award.close();

    const ctx: HostContext = {
      kind: 'web',
      version: 'bench',
      language: 'id',
      workspace: new Workspace(join(dir, 'ws')),
    };
    await ctx.workspace.open(join(dir, 'national.juri'));
    let n = 0;
    const edit = await time(30, async () => {
      const r = await dispatch(ctx, 'category:save', { id: 'cat-0', name: `Kategori ${(n += 1)}`, description: '' });
      if (!r.ok) throw new Error(r.error.message);
    });
    console.log(
      `setup: one edit through the gate (category:save, returns the whole setup) p50 ${ms(edit.p50)}, p99 ${ms(edit.p99)}`,
    );
    await ctx.workspace.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
