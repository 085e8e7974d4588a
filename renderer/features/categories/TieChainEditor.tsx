import { useTranslation } from 'react-i18next';
import type { Criterion, TieBreakSetupStep } from '../../../shared/award/award.schema';
import { Button, IconButton } from '../../ui/Button';

const keyOf = (step: TieBreakSetupStep) => (step.kind === 'criterion' ? `criterion:${step.criterionId}` : step.kind);
function stepOf(key: string): TieBreakSetupStep {
  if (key.startsWith('criterion:')) return { kind: 'criterion', criterionId: key.slice('criterion:'.length) };
  return key === 'chair' ? { kind: 'chair' } : { kind: 'firstPlaces' };
}

/**
 * The tie-break chain of a category: steps tried in order until nominees with the same final score
 * are separated (a priority criterion, more first places, the ketua's recorded decision); when none
 * separates them, they share the rank. Each step appears once.
 */
export function TieChainEditor({
  value,
  onChange,
  criteria,
}: {
  value: TieBreakSetupStep[];
  onChange: (steps: TieBreakSetupStep[]) => void;
  criteria: readonly Criterion[];
}) {
  const { t } = useTranslation('categories');
  const labelOf = (key: string) => {
    if (!key.startsWith('criterion:')) return t(`scoring.tie.${key === 'chair' ? 'chair' : 'firstPlaces'}`);
    const id = key.slice('criterion:'.length);
    return t('scoring.tie.criterion', { name: criteria.find((c) => c.id === id)?.name ?? id });
  };
  const all = ['firstPlaces', 'chair', ...criteria.map((c) => `criterion:${c.id}`)];
  const used = new Set(value.map(keyOf));
  const unused = all.filter((k) => !used.has(k));
  const set = (index: number, key: string) => onChange(value.map((s, i) => (i === index ? stepOf(key) : s)));
  const move = (index: number, offset: -1 | 1) => {
    const next = [...value];
    const [step] = next.splice(index, 1);
    next.splice(index + offset, 0, step!);
    onChange(next);
  };

  return (
    <div className="tie-chain" role="group" aria-labelledby="tie-chain-label">
      <span id="tie-chain-label" className="field__label">
        {t('scoring.tie.label')}
      </span>
      <span className="field__hint">{t('scoring.tie.hint')}</span>
      {value.length === 0 ? <p className="tie-chain__empty">{t('scoring.tie.none')}</p> : null}
      <ol className="tie-chain__list">
        {value.map((step, i) => {
          const key = keyOf(step);
          return (
            <li key={key} className="tie-chain__step">
              <span className="tie-chain__n">{i + 1}.</span>
              <select
                className="input input--select"
                aria-label={t('scoring.tie.step', { n: i + 1 })}
                value={key}
                onChange={(e) => set(i, e.target.value)}
              >
                {[key, ...unused].map((k) => (
                  <option key={k} value={k}>
                    {labelOf(k)}
                  </option>
                ))}
              </select>
              <IconButton
                icon="up"
                label={t('scoring.tie.up', { n: i + 1 })}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              />
              <IconButton
                icon="down"
                label={t('scoring.tie.down', { n: i + 1 })}
                disabled={i === value.length - 1}
                onClick={() => move(i, 1)}
              />
              <IconButton
                icon="trash"
                label={t('scoring.tie.remove', { n: i + 1 })}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              />
            </li>
          );
        })}
      </ol>
      {unused.length > 0 ? (
        <Button size="sm" icon="plus" onClick={() => onChange([...value, stepOf(unused[0]!)])}>
          {t('scoring.tie.add')}
        </Button>
      ) : null}
    </div>
  );
}
