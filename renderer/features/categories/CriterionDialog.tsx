import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CriterionInputSchema,
  type Criterion,
  type CriterionKind,
  type Direction,
} from '../../../shared/award/award.schema';
import { translateMessage } from '../../../shared/i18n/i18n';
import { api } from '../../platform/api';
import { useApply } from '../award/award.store';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { NumberField, RadioGroup, TextArea, TextField } from '../../ui/Field';
import { numberForInput, parseDecimal } from '../../ui/format';
import { useNotify } from '../../ui/toast.store';
import { useFieldErrors } from '../../ui/use-field-errors';
import { draftOf, inputOf, standardLevels, type CriterionDraft } from './criterion-draft';
import { RubricEditor } from './RubricEditor';

interface CriterionDialogProps {
  categoryId: string;
  categoryName: string;
  criterion: Criterion | null;
  onClose: () => void;
}

/** Adds or edits a criterion: kind, weight, scale, indicator unit/direction, rubric levels. */
export function CriterionDialog({ categoryId, categoryName, criterion, onClose }: CriterionDialogProps) {
  const { t, i18n } = useTranslation('categories');
  const apply = useApply();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [draft, setDraft] = useState<CriterionDraft>(() => draftOf(criterion, i18n.language));
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof CriterionDraft>(key: K) =>
    (value: CriterionDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const setKind = (kind: CriterionKind) =>
    setDraft((d) => {
      const untouched = d.min === '1' && d.max === '100' && d.step === '1';
      const scale =
        kind === 'indicator' && untouched && !criterion
          ? { min: '0', max: '100', step: numberForInput(0.01, i18n.language) }
          : {};
      return { ...d, kind, ...scale };
    });

  const fillStandard = () => {
    const scale = { min: parseDecimal(draft.min), max: parseDecimal(draft.max), step: parseDecimal(draft.step) };
    if (scale.min === null || scale.max === null || scale.step === null || scale.max <= scale.min) {
      errors.fromError(null);
      errors.set('scale.max', t('errors:maxAboveMin'));
      return;
    }
    const levels = standardLevels({ min: scale.min, max: scale.max, step: scale.step }, [
      t('editor.standard.excellent'),
      t('editor.standard.good'),
      t('editor.standard.fair'),
      t('editor.standard.poor'),
    ]);
    set('rubric')(
      levels.map((l, i) => ({
        label: l.label,
        min: numberForInput(l.min, i18n.language),
        max: numberForInput(l.max, i18n.language),
        descriptor: draft.rubric[i]?.descriptor ?? '',
      })),
    );
  };

  const submit = async () => {
    const built = inputOf(draft, { id: criterion?.id ?? null, categoryId }, t('errors:number'));
    // Check with the same schema the gate uses, so every problem shows at once; text that is not a number wins.
    const checked = CriterionInputSchema.safeParse(built.input);
    const local: Record<string, string> = {};
    if (!checked.success) {
      for (const issue of checked.error.issues) local[issue.path.join('.')] ??= translateMessage(i18n.t, issue.message);
    }
    Object.assign(local, built.errors);
    if (Object.keys(local).length > 0) {
      errors.fromError({
        code: 'invalid_input',
        message: t('errors:invalidInput'),
        issues: Object.entries(local).map(([path, message]) => ({ path: path.split('.'), message })),
      });
      return;
    }
    setBusy(true);
    const result = await apply(api().criterion.save(built.input));
    setBusy(false);
    if (!result.ok) return errors.fromError(result.error);
    notify(t('editor.saved'), 'success');
    onClose();
  };

  const indicator = draft.kind === 'indicator';
  const directions: { value: Direction; label: string }[] = [
    { value: 'higher', label: t('criteria.direction.higher') },
    { value: 'lower', label: t('criteria.direction.lower') },
  ];

  return (
    <Dialog
      title={criterion ? t('editor.editTitle') : t('editor.addTitle')}
      description={t('editor.inCategory', { name: categoryName })}
      size="lg"
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('common:saveButton')}
          </Button>
        </>
      }
    >
      {errors.general ? <Notice tone="error">{errors.general}</Notice> : null}
      <TextField
        label={t('editor.name')}
        value={draft.name}
        onChange={set('name')}
        error={errors.get('name')}
        required
        autoFocus
      />
      <TextArea
        label={t('editor.description')}
        value={draft.description}
        onChange={set('description')}
        error={errors.get('description')}
        rows={2}
      />
      <RadioGroup
        legend={t('editor.kind')}
        name="criterion-kind"
        value={draft.kind}
        onChange={setKind}
        options={[
          { value: 'judged', label: t('criteria.kind.judged'), hint: t('editor.kindJudgedHint') },
          { value: 'indicator', label: t('criteria.kind.indicator'), hint: t('editor.kindIndicatorHint') },
        ]}
      />
      <div className="form-grid form-grid--4">
        <NumberField
          label={t('editor.weight')}
          hint={t('editor.weightHint')}
          value={draft.weight}
          onChange={set('weight')}
          error={errors.get('weight')}
          required
        />
        <NumberField label={t('editor.min')} value={draft.min} onChange={set('min')} error={errors.get('scale.min')} />
        <NumberField label={t('editor.max')} value={draft.max} onChange={set('max')} error={errors.get('scale.max')} />
        <NumberField
          label={t('editor.step')}
          value={draft.step}
          onChange={set('step')}
          error={errors.get('scale.step')}
        />
      </div>
      {indicator ? (
        <div className="form-grid form-grid--unit">
          <TextField
            label={t('editor.unit')}
            placeholder={t('editor.unitPlaceholder')}
            value={draft.unit}
            onChange={set('unit')}
            error={errors.get('unit')}
          />
          <RadioGroup
            legend={t('editor.direction')}
            name="criterion-direction"
            value={draft.direction}
            onChange={set('direction')}
            options={directions}
          />
        </div>
      ) : (
        <RubricEditor
          levels={draft.rubric}
          onChange={set('rubric')}
          onFillStandard={fillStandard}
          errorOf={errors.get}
        />
      )}
    </Dialog>
  );
}
