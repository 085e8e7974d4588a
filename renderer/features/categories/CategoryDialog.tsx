import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../shared/award/award.schema';
import { api } from '../../platform/api';
import { useApply, useSetup } from '../award/award.store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextArea, TextField } from '../../ui/Field';
import { useFieldErrors } from '../../ui/use-field-errors';
import { useSelectCategory } from './categories.store';

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

  const submit = async () => {
    setBusy(true);
    const before = new Set(setup?.categories.map((c) => c.id));
    const pending = api().category.save({ ...(category ? { id: category.id } : {}), name, description });
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
    </Dialog>
  );
}
