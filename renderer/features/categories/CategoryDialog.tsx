import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryScoringSchema, type Category, type CategoryScoring } from '../../../shared/award/award.schema';
import type { ScoringMethod } from '../../../shared/scoring/scoring-input.schema';
import { api } from '../../platform/api';
import { useApply, useSetup } from '../award/award.store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { NumberField, Select, TextArea, TextField } from '../../ui/Field';
import { useFieldErrors } from '../../ui/use-field-errors';
import { useSelectCategory } from './categories.store';
import { TieChainEditor } from './TieChainEditor';

/** Adds a category (null) or renames/describes one; a new category becomes the selected one. */
export function CategoryDialog({ category, onClose }: { category: Category | null; onClose: () => void }) {
  const { t } = useTranslation('categories');
  const apply = useApply();
  const setup = useSetup();
  const select = useSelectCategory();
  const errors = useFieldErrors();
  const [name, setName] = useState(category?.name ?? '');
  const [description, setDescription] = useState(category?.description ?? '');
  const [busy, setBusy] = useState(false);
  const initial = category?.scoring ?? CategoryScoringSchema.parse({});
  const [method, setMethod] = useState<ScoringMethod>(initial.method);
  const [trimK, setTrimK] = useState(String(initial.trimK));
  const [quorum, setQuorum] = useState(String(initial.quorum));
  const [winnersKind, setWinnersKind] = useState<'titles' | 'top'>(initial.winners.kind);
  const [titles, setTitles] = useState(
    initial.winners.kind === 'titles' ? initial.winners.titles.join('\n') : 'Terbaik I\nTerbaik II\nTerbaik III',
  );
  const [top, setTop] = useState(initial.winners.kind === 'top' ? String(initial.winners.count) : '3');
  const [tieBreak, setTieBreak] = useState(initial.tieBreak);
  const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number.parseInt(text, 10) : Number.NaN);
  const scoring = (): CategoryScoring => ({
    ...initial,
    method,
    trimK: whole(trimK),
    quorum: whole(quorum),
    tieBreak,
    winners:
      winnersKind === 'top'
        ? { kind: 'top', count: whole(top) }
        : {
            kind: 'titles',
            titles: titles
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
          },
  });

  const submit = async () => {
    setBusy(true);
    const before = new Set(setup?.categories.map((c) => c.id));
    const pending = api().category.save({
      ...(category ? { id: category.id } : {}),
      name,
      description,
      scoring: scoring(),
    });
    const result = await apply(pending);
    setBusy(false);
    if (!result.ok) return errors.fromError(result.error);
    if (!category) {
      const after = await pending;
      const added = after.ok ? after.value.categories.find((c) => !before.has(c.id)) : undefined;
      if (added) select(added.id);
    }
    onClose();
  };

  return (
    <Dialog
      title={category ? t('category.editTitle') : t('category.addTitle')}
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
      <TextField
        label={t('category.name')}
        placeholder={t('category.namePlaceholder')}
        value={name}
        onChange={setName}
        error={errors.get('name')}
        required
        autoFocus
      />
      <TextArea
        label={t('category.description')}
        value={description}
        onChange={setDescription}
        error={errors.get('description')}
      />
      <fieldset className="category-scoring">
        <legend className="field__label">{t('scoring.legend')}</legend>
        <Select
          label={t('scoring.method')}
          hint={t(`scoring.methodHint.${method}`)}
          value={method}
          onChange={setMethod}
          options={(['mean', 'median', 'trimmed', 'zscore', 'borda'] as const).map((m) => ({
            value: m,
            label: t(`scoring.methods.${m}`),
          }))}
        />
        {method === 'trimmed' ? (
          <NumberField
            label={t('scoring.trimK')}
            hint={t('scoring.trimKHint')}
            value={trimK}
            onChange={setTrimK}
            error={errors.get('scoring.trimK')}
          />
        ) : null}
        <NumberField
          label={t('scoring.quorum')}
          hint={t('scoring.quorumHint')}
          value={quorum}
          onChange={setQuorum}
          error={errors.get('scoring.quorum')}
        />
        <Select
          label={t('scoring.winners')}
          value={winnersKind}
          onChange={setWinnersKind}
          options={[
            { value: 'titles', label: t('scoring.winnersTitles') },
            { value: 'top', label: t('scoring.winnersTop') },
          ]}
        />
        {winnersKind === 'titles' ? (
          <TextArea
            label={t('scoring.titles')}
            hint={t('scoring.titlesHint')}
            value={titles}
            onChange={setTitles}
            rows={3}
            error={errors.get('scoring.winners.titles')}
          />
        ) : (
          <NumberField
            label={t('scoring.topCount')}
            value={top}
            onChange={setTop}
            error={errors.get('scoring.winners.count')}
          />
        )}
        <TieChainEditor value={tieBreak} onChange={setTieBreak} criteria={category?.criteria ?? []} />
      </fieldset>
    </Dialog>
  );
}
