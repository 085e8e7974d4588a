import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCommitteeKey, unlockCommitteeKey } from '../../electron/services/documents/committee-key';
import { decisionDefinition, decisionPdf, decisionPdfHere } from '../../electron/services/documents/decision.service';
import { loadFonts } from '../../electron/services/documents/fonts';
import { renderPdf, type DocDefinition } from '../../electron/services/documents/pdf-render';
import { finaliseCategory } from '../../electron/services/documents/seal.service';
import { renderSignedPdf } from '../../electron/services/documents/sign-pdf';
import { nationalResultsAward } from './results.bench';

const RUNS = 3;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push((await timed(run)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Runs `work` while a 20 ms interval ticks on this thread: its time and the longest gap between ticks. */
async function whileTicking<T>(work: () => Promise<T>): Promise<{ ms: number; maxGap: number; value: T }> {
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 20);
  const start = performance.now();
  try {
    const value = await work();
    const end = performance.now();
    return { ms: end - start, maxGap: Math.max(maxGap, end - last), value };
  } finally {
    clearInterval(timer);
  }
}

/** Every string a definition prints, in order (the "same text" for the bare document). */
function textsOf(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const item of node) textsOf(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'svg' || key === 'image' || key === 'info' || key === 'styles') continue;
      textsOf(value, out);
    }
  }
  return out;
}

/**
 * The national decision sheet (514 kab/kota ranked, 15 jurors' scores in the appendix): finalising,
 * the signed sheet end to end, and layout + rendering against a bare pdfmake document of the same text.
 */
export async function benchDocuments(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juri-bench-documents-'));
  try {
    const { award, nominees } = await nationalResultsAward(dir);
    createCommitteeKey(award, 'bench');
    const fonts = loadFonts();
    const seal = await timed(() => finaliseCategory(award, 'juri-0', 'nasional'));
    console.log(
      `documents: finalising ${nominees} nominees (results, analysis, canonical JSON, event) ${seal.ms.toFixed(0)} ms`,
    );

    // The worker is started once per process (seconds under tsx): start it before measuring.
    await decisionPdf(award, 'salah', { categoryId: 'nasional' }).catch(() => undefined);
    const here = await whileTicking(() =>
      decisionPdfHere(award, 'bench', { categoryId: 'nasional' }, new Date(), fonts),
    );
    const full = await whileTicking(() => decisionPdf(award, 'bench', { categoryId: 'nasional' }, new Date()));
    console.log(
      `documents: signed decision sheet end to end in the worker ${full.ms.toFixed(0)} ms, ${(full.value.bytes.length / 1024).toFixed(0)} KB; ` +
        `main thread max gap ${full.maxGap.toFixed(0)} ms (20 ms ticks)`,
    );
    console.log(
      `documents: the same on the calling thread ${here.ms.toFixed(0)} ms; main thread max gap ${here.maxGap.toFixed(0)} ms`,
    );
    const unlock = await median(() => Promise.resolve(unlockCommitteeKey(award, 'bench')));
    const { def } = await decisionDefinition(award, { categoryId: 'nasional' });
    const build = await median(() => decisionDefinition(award, { categoryId: 'nasional' }));
    // pdfmake mutates a definition as it lays it out: each run gets a fresh copy.
    const fresh = () => structuredClone({ ...def, footer: undefined }) as DocDefinition;
    const footer = def.footer;
    const sheet = await median(() => renderPdf({ ...fresh(), footer }, fonts));
    const p12 = unlockCommitteeKey(award, 'bench');
    const signed = await median(() =>
      renderSignedPdf(
        { ...fresh(), footer },
        p12,
        { name: 'bench', reason: 'bench', location: 'bench', signingTime: new Date() },
        fonts,
      ),
    );
    const texts = textsOf(def.content);
    const bare = await median(() =>
      renderPdf({ content: texts.map((text) => ({ text })), defaultStyle: { font: 'Roboto', fontSize: 10 } }, fonts),
    );
    console.log(
      `documents: unlock key p50 ${unlock.toFixed(0)} ms; read + build definition p50 ${build.toFixed(0)} ms (${texts.length} strings)`,
    );
    console.log(
      `documents: ${nominees}-row sheet layout + render p50 ${sheet.toFixed(0)} ms, + signing ${signed.toFixed(0)} ms; ` +
        `bare pdfmake, same text, p50 ${bare.toFixed(0)} ms; ratio ${(sheet / bare).toFixed(2)}× (signed ${(signed / bare).toFixed(2)}×)`,
    );
    console.log(`documents: peak RSS of the bench process ${mb(process.resourceUsage().maxRSS * 1024)}`);
    await award.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDocuments();
