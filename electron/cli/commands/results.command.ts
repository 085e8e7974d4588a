import { resolve } from 'node:path';
import { formatScore } from '../../../shared/scoring/format-score';
import { describeVerdict } from '../../../shared/scoring/verdict';
import type { ScoringMethod } from '../../../shared/scoring/scoring-input.schema';
import type { CliContext, CliKey } from '../context';
import type { Program } from '../program';

const methodKeys: Record<ScoringMethod, CliKey> = {
  mean: 'methodMean',
  median: 'methodMedian',
  trimmed: 'methodTrimmed',
  zscore: 'methodZscore',
  borda: 'methodBorda',
};

/** `juri results FILE [--category ID] [--json]`: the ranking per category, its agreement and robustness. */
export function registerResultsCommand(program: Program, ctx: CliContext): void {
  const { t, out } = ctx;
  program
    .command('results')
    .description(t('resultsDescription'))
    .argument('<file>', t('argFile'))
    .option('--category <id>', t('optCategory'))
    .option('--json', t('optJson'))
    .action(async (file, options) => {
      const [{ awardResults, resultsJson }, { withAwardFile }] = await Promise.all([
        import('../../services/results/results.service'),
        import('../award-file'),
      ]);
      // The CLI prints no per-juror breakdown, so the engine need not build it.
      const results = await withAwardFile(resolve(file), (award) =>
        awardResults(award, options.category, { breakdown: false }),
      );
      if (options.json) return out.json(results.map(resultsJson));
      const locale = ctx.language;
      const number = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 3 });
      for (const { result, analysis } of results) {
        out.line(`${result.name} (${result.categoryId}) — ${t(methodKeys[result.method])}`);
        const titles = new Map(result.winners.map((w) => [w.nomineeId, w.title]));
        for (const r of result.ranking) {
          const rank = r.rank === null ? '–' : String(r.rank);
          const score = r.score === null ? '–' : formatScore(r.score, locale);
          const mark = r.insufficient ? `  [${t('insufficient')}]` : (titles.get(r.nomineeId) ?? '');
          out.line(
            `  ${rank.padStart(3)}  ${score.padStart(6)}  ${r.name}${mark && !r.insufficient ? `  — ${mark}` : mark}`,
          );
        }
        const { kendallW, p } = analysis.agreement;
        out.line(
          `  ${t('agreement', {
            w: kendallW === null ? '–' : number.format(kendallW),
            p: p === null ? '–' : number.format(p),
          })}`,
        );
        for (const sentence of describeVerdict(ctx.i18n.t, analysis)) out.line(`  ${sentence}`);
        out.line();
      }
    });
}
