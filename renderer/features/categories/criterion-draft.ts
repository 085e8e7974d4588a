import type { Criterion, CriterionInput, CriterionKind, Direction } from '../../../shared/award/award.schema';
import type { IndicatorRule } from '../../../shared/scoring/scoring-input.schema';
import { numberForInput, parseDecimal } from '../../ui/format';

/** The criterion editor's state: numbers stay text until saved, so `30,5` can be typed. */
export interface CriterionDraft {
  name: string;
  description: string;
  kind: CriterionKind;
  weight: string;
  min: string;
  max: string;
  step: string;
  unit: string;
  direction: Direction;
  rubric: LevelDraft[];
  /** Indicator only; kept as is (null = min–max). */
  rule: IndicatorRule | null;
}
export interface LevelDraft {
  label: string;
  min: string;
  max: string;
  descriptor: string;
}

export function draftOf(criterion: Criterion | null, language: string): CriterionDraft {
  const n = (v: number) => numberForInput(v, language);
  if (!criterion) {
    return {
      name: '',
      description: '',
      kind: 'judged',
      weight: '',
      min: '1',
      max: '100',
      step: '1',
      unit: '',
      direction: 'higher',
      rubric: [],
      rule: null,
    };
  }
  return {
    name: criterion.name,
    description: criterion.description,
    kind: criterion.kind,
    weight: n(criterion.weight),
    min: n(criterion.scale.min),
    max: n(criterion.scale.max),
    step: n(criterion.scale.step),
    unit: criterion.unit,
    direction: criterion.direction,
    rubric: criterion.rubric.map((l) => ({ label: l.label, min: n(l.min), max: n(l.max), descriptor: l.descriptor })),
    rule: criterion.rule,
  };
}

/**
 * Turns the draft into the contract input. Text that is not a number becomes NaN and is reported
 * under the path the gate would use (`weight`, `scale.max`, `rubric.0.min`), so both kinds of error show alike.
 */
export function inputOf(
  draft: CriterionDraft,
  ids: { id: string | null; categoryId: string },
  notANumber: string,
): { input: CriterionInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const num = (text: string, path: string): number => {
    const value = parseDecimal(text);
    if (value === null) errors[path] = notANumber;
    return value ?? Number.NaN;
  };
  const indicator = draft.kind === 'indicator';
  const input: CriterionInput = {
    ...(ids.id ? { id: ids.id } : {}),
    categoryId: ids.categoryId,
    name: draft.name,
    description: draft.description,
    kind: draft.kind,
    weight: num(draft.weight, 'weight'),
    scale: { min: num(draft.min, 'scale.min'), max: num(draft.max, 'scale.max'), step: num(draft.step, 'scale.step') },
    unit: indicator ? draft.unit : '',
    direction: indicator ? draft.direction : 'higher',
    rule: indicator ? draft.rule : null,
    rubric: indicator
      ? []
      : draft.rubric.map((l, i) => ({
          label: l.label,
          min: num(l.min, `rubric.${i}.min`),
          max: num(l.max, `rubric.${i}.max`),
          descriptor: l.descriptor,
        })),
  };
  return { input, errors };
}

const roundTo = (value: number, step: number) => {
  const decimals = Math.min(4, (String(step).split('.')[1] ?? '').length);
  return Number((Math.round(value / step) * step).toFixed(decimals));
};

/**
 * Four standard levels across the scale, cut at 55 %, 70 % and 85 % of its range:
 * on 1–100 step 1 that is Kurang 1–55, Cukup 56–70, Baik 71–85, Sangat baik 86–100.
 */
export function standardLevels(
  scale: { min: number; max: number; step: number },
  labels: [excellent: string, good: string, fair: string, poor: string],
): { label: string; min: number; max: number }[] {
  const { min, max, step } = scale;
  const cut = (fraction: number) => roundTo(min + (max - min) * fraction, step);
  const [c1, c2, c3] = [cut(0.55), cut(0.7), cut(0.85)];
  const next = (v: number) => roundTo(v + step, step);
  return [
    { label: labels[0], min: next(c3), max },
    { label: labels[1], min: next(c2), max: c3 },
    { label: labels[2], min: next(c1), max: c2 },
    { label: labels[3], min, max: c1 },
  ];
}
