import { formatLocaleNumber } from '../format/number';
import type { IndicatorRule } from '../scoring/scoring-input.schema';

/** The keys of `errors:indicator.rule.*` a rule is told with. */
export type RuleWordKey = 'minmax' | 'target' | 'targetCap' | 'rank' | 'higher' | 'lower';

/**
 * A scoring rule in the jury's words, e.g. "min–maks: makin tinggi makin baik" or
 * "target 95 %, maks. 100". `say` looks the phrase up (any translator); numbers follow `language`.
 */
export function ruleInWords(
  criterion: { rule: IndicatorRule | null; direction: 'higher' | 'lower'; unit: string },
  language: 'id' | 'en',
  say: (key: RuleWordKey, params?: Record<string, string>) => string,
): string {
  const rule = criterion.rule ?? { kind: 'minmax' as const };
  const direction = say(criterion.direction);
  const n = (v: number) => formatLocaleNumber(v, language);
  const unit = criterion.unit.trim() === '' ? '' : criterion.unit.trim() === '%' ? ' %' : ` ${criterion.unit.trim()}`;
  if (rule.kind === 'rank') return say('rank', { direction });
  if (rule.kind === 'minmax') return say('minmax', { direction });
  const target = `${n(rule.target)}${unit}`;
  const cap = rule.cap ?? 1;
  if (cap === 1) return say('target', { target, direction });
  return say('targetCap', { target, direction, cap: `${n(cap * 100)} %` });
}
