import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nominee } from '../../../shared/award/award.schema';
import { api, fieldErrors } from '../../platform/api';
import { useApply } from '../award/award.store';
import { useNomineeDraft } from './nominees.store';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Card';

interface Props {
  /** The custom nominee to edit in place; a new one is added when absent. */
  nominee?: Nominee;
  onDone?: () => void;
}

/** Name + description of a nominee that is not a region (a school, a person, an agency). */
export function CustomNomineeForm({ nominee, onDone }: Props) {
  const { t } = useTranslation('nominees');
  const apply = useApply();
  // A new nominee's draft lives in the feature store (it survives leaving the screen); an edit is local.
  const [draft, setDraft] = useNomineeDraft();
  const [local, setLocal] = useState({ name: nominee?.name ?? '', description: nominee?.description ?? '' });
  const { name, description } = nominee ? local : draft;
  const update = (patch: Partial<typeof local>) => (nominee ? setLocal((l) => ({ ...l, ...patch })) : setDraft(patch));
  const setName = (value: string) => update({ name: value });
  const setDescription = (value: string) => update({ description: value });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await apply(api().nominee.saveCustom({ ...(nominee ? { id: nominee.id } : {}), name, description }));
    setBusy(false);
    if (!result.ok) {
      const fields = fieldErrors(result.error);
      setErrors(fields);
      setFormError(Object.keys(fields).length === 0 ? result.error.message : null);
      setStatus(null);
      return;
    }
    setErrors({});
    setFormError(null);
    if (nominee) {
      onDone?.();
    } else {
      setStatus(t('addedCustom', { name: name.trim() }));
      setDraft({ name: '', description: '' });
    }
  };

  const editing = nominee !== undefined;
  return (
    <form className={editing ? 'nom-form nom-form-inline' : 'nom-form'} onSubmit={(e) => void submit(e)} noValidate>
      <TextField label={t('name')} value={name} onChange={setName} error={errors.name} required autoFocus={editing} />
      <TextField label={t('description')} value={description} onChange={setDescription} error={errors.description} />
      <div className="nom-actions">
        <Button type="submit" variant="primary" icon={editing ? 'check' : 'plus'} disabled={busy}>
          {editing ? t('save') : t('addCustom')}
        </Button>
        {editing && <Button onClick={onDone}>{t('cancel')}</Button>}
      </div>
      {formError && <Notice tone="error">{formError}</Notice>}
      {status && <Notice tone="success">{status}</Notice>}
    </form>
  );
}
