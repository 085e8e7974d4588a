import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseLocaleNumber } from '../../../shared/format/number';
import type { IndicatorCriterion } from '../../../shared/indicators/indicator.schema';
import type { IndicatorRule } from '../../../shared/scoring/scoring-input.schema';
import { api } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { NumberField, RadioGroup } from '../../ui/Field';
import { formatNumber } from '../../ui/format';
import { useNotify } from '../../ui/toast.store';
import { useApply } from '../award/award.store';
import { useIndicatorActions } from './indicators.store';

type Kind = IndicatorRule['kind'];
type Direction = 'higher' | 'lower';

/** The criterion's scoring rule: min–max, a target with a cap, or rank, and which direction is better. */
export function RuleDialog({ criterion, onClose }: { criterion: IndicatorCriterion; onClose: () => void }) {
  const { t, i18n } = useTranslation('indicators');
  const { t: tc } = useTranslation('common');
  const notify = useNotify();
  const apply = useApply();
  const { setRule } = useIndicatorActions();
  const rule = criterion.rule ?? { kind: 'minmax' as const };
  const [kind, setKind] = useState<Kind>(rule.kind);
  const [direction, setDirection] = useState<Direction>(criterion.direction);
  const [target, setTarget] = useState(rule.kind === 'target' ? formatNumber(rule.target, i18n.language) : '');
  const [cap, setCap] = useState(
    rule.kind === 'target' ? formatNumber((rule.cap ?? 1) * 100, i18n.language) : formatNumber(100, i18n.language),
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    let next: IndicatorRule = { kind: kind === 'rank' ? 'rank' : 'minmax' };
    if (kind === 'target') {
      const tv = parseLocaleNumber(target);
      const cv = parseLocaleNumber(cap);
      if (typeof tv !== 'number' || tv <= 0 || typeof cv !== 'number' || cv < 100)
        return setError(t('ruleDialog.invalid'));
      next = cv === 100 ? { kind: 'target', target: tv } : { kind: 'target', target: tv, cap: cv / 100 };
    }
    setBusy(true);
    const result = await setRule({ criterionId: criterion.id, rule: next.kind === 'minmax' ? null : next, direction });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    await apply(api().file.current());
    notify(t('ruleDialog.saved'), 'success');
    onClose();
  };

  return (
    <Dialog
      title={t('ruleDialog.title')}
      description={t('ruleDialog.description', { criterion: criterion.name })}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <Button onClick={onClose}>{tc('cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('ruleDialog.save')}
          </Button>
        </>
      }
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      <RadioGroup<Kind>
        legend={t('ruleDialog.kind')}
        name="indicator-rule"
        value={kind}
        onChange={setKind}
        options={[
          { value: 'minmax', label: t('ruleDialog.minmax'), hint: t('ruleDialog.minmaxHint') },
          { value: 'target', label: t('ruleDialog.target'), hint: t('ruleDialog.targetHint') },
          { value: 'rank', label: t('ruleDialog.rank'), hint: t('ruleDialog.rankHint') },
        ]}
      />
      {kind === 'target' ? (
        <div className="indicator-dialog__pair">
          <NumberField
            label={`${t('ruleDialog.targetValue')}${criterion.unit ? ` (${criterion.unit})` : ''}`}
            value={target}
            onChange={setTarget}
          />
          <NumberField label={t('ruleDialog.cap')} hint={t('ruleDialog.capHint')} value={cap} onChange={setCap} />
        </div>
      ) : null}
      <RadioGroup<Direction>
        legend={t('ruleDialog.direction')}
        name="indicator-direction"
        value={direction}
        onChange={setDirection}
        options={[
          { value: 'higher', label: t('ruleDialog.higher') },
          { value: 'lower', label: t('ruleDialog.lower') },
        ]}
      />
    </Dialog>
  );
}
