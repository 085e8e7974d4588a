import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CategoryScoringSchema } from '../../shared/award/award.schema';
import { TEMPLATE_FORMAT, type Template } from '../../shared/award/template.schema';
import type { ScoringMethod } from '../../shared/scoring/scoring-input.schema';
import { analyseCategory } from '../../electron/scoring/analyse';
import { computeAward } from '../../electron/scoring/compute-category';
import { listProvinces, regionNominees } from '../../electron/services/regions.service';
import { categoryInputs } from '../../electron/services/results/results.service';
import { createFromTemplate } from '../../electron/services/template.service';
import { NATIONAL_PROGRAMME } from './setup.bench';
import type { AwardDb } from '../../electron/db/open-award-db';

const CRITERIA = 20;
const JURORS = 15;
const METHODS: ScoringMethod[] = ['mean', 'median', 'trimmed', 'zscore', 'borda'];

/** The issue's national scale: every kab/kota (514) in one category, 20 judged criteria, 15 jurors. */
function template(): Template {
  const nominees = listProvinces().flatMap((p) =>
    regionNominees(
      p.code,
      false,
      p.regencies.map((r) => r.code),
    ),
  );
  return {
    format: TEMPLATE_FORMAT,
    programme: NATIONAL_PROGRAMME,
    signatories: [],
    nominees,
    categories: [
      {
        id: 'nasional',
        name: 'Kabupaten/kota terbaik',
        description: '',
        nomineeIds: nominees.map((n) => n.id),
        scoring: CategoryScoringSchema.parse({}),
        criteria: Array.from({ length: CRITERIA }, (_, k) => ({
          id: `k${k}`,
          name: `Kriteria ${k + 1}`,
          description: '',
          weight: 1 + (k % 4),
          kind: 'judged' as const,
          scale: { min: 1, max: 100, step: 1 },
          unit: '',
          direction: 'higher' as const,
          rule: null,
          rubric: [],
        })),
      },
    ],
    jurors: Array.from({ length: JURORS }, (_, j) => ({
      id: `juri-${j}`,
      name: `Juri ${j + 1}`,
      title: '',
      role: j === 0 ? ('ketua' as const) : ('anggota' as const),
      conflicts: nominees.slice(j * 20, j * 20 + 2).map((n) => ({ nomineeId: n.id, reason: '' })),
    })),
  };
}

/** A small deterministic generator, so every run scores the same sheets. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** The national award file of this bench, every sheet scored (deterministic). */
export async function nationalResultsAward(dir: string): Promise<{ award: AwardDb; count: number; nominees: number }> {
  const t = template();
  const award = await createFromTemplate(join(dir, 'national-results.juri'), t);
  const { sqlite } = award;
  const conflicts = new Set(t.jurors.flatMap((j) => j.conflicts.map((c) => `${j.id}|${c.nomineeId}`)));
  const random = lcg(2024);
  const insert = sqlite.prepare(
    `INSERT INTO score (juror_id, category_id, nominee_id, criterion_id, value, value_clock)
     VALUES (?, 'nasional', ?, ?, ?, '000000000000001-000000@bench')`,
  );
  let count = 0;
  sqlite.transaction(() => {
    for (const juror of t.jurors)
      for (const nominee of t.nominees) {
        if (conflicts.has(`${juror.id}|${nominee.id}`)) continue;
        for (let k = 0; k < CRITERIA; k += 1) {
          insert.run(juror.id, nominee.id, `k${k}`, 1 + Math.floor(random() * 100));
          count += 1;
        }
      }
  })();
  return { award, count, nominees: t.nominees.length };
}

/** From the award file to ranked results, per method, against a plain SQL GROUP BY average. */
export async function benchResults(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juri-bench-results-'));
  try {
    const { award, count, nominees } = await nationalResultsAward(dir);
    const { sqlite } = award;
    console.log(`results: ${nominees} nominees × ${CRITERIA} criteria × ${JURORS} jurors, ${count} scores in one file`);

    const groupBy = sqlite.prepare('SELECT nominee_id, avg(value) AS v FROM score GROUP BY nominee_id');
    const sql: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const t0 = performance.now();
      groupBy.all();
      sql.push(performance.now() - t0);
    }
    const sqlMs = median(sql);
    console.log(`results: SQL GROUP BY average over the same scores p50 ${sqlMs.toFixed(1)} ms`);

    const setMethod = sqlite.prepare(`UPDATE category SET scoring = ? WHERE id = 'nasional'`);
    for (const method of METHODS) {
      setMethod.run(JSON.stringify({ method, trimK: 2, quorum: 3 }));
      const runs: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const t0 = performance.now();
        computeAward(await categoryInputs(award), { breakdown: false });
        runs.push(performance.now() - t0);
      }
      const p50 = median(runs);
      console.log(
        `results: ${method.padEnd(7)} file → ranked results (no breakdown) p50 ${p50.toFixed(0).padStart(5)} ms  (${(p50 / sqlMs).toFixed(0)}× the GROUP BY)${method === 'mean' ? `  goal < 300 ms: ${p50 < 300 ? 'met' : 'MISSED'}` : ''}`,
      );
    }
    setMethod.run(JSON.stringify({ method: 'mean', quorum: 3 }));
    const [input] = await categoryInputs(award);
    const t0 = performance.now();
    analyseCategory(input!);
    console.log(
      `results: agreement and robustness (W, Spearman, 15 leave-one-out + 40 weight reruns), mean: ${(performance.now() - t0).toFixed(0)} ms`,
    );
    console.log(`results: peak RSS of the bench process ${mb(process.resourceUsage().maxRSS * 1024)}`);
    await award.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
