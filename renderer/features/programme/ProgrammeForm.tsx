import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../shared/award/award.schema';
import { useUnsavedGuard } from '../../app/nav.store';
import { api } from '../../platform/api';
import { useApply } from '../award/award.store';
import { Button } from '../../ui/Button';
import { Card, Notice } from '../../ui/Card';
import { DateField, TextField } from '../../ui/Field';
import { useNotify } from '../../ui/toast.store';
import { useFieldErrors } from '../../ui/use-field-errors';

const same = (a: Programme, b: Programme) => JSON.stringify(a) === JSON.stringify(b);

/** The programme details, saved on an explicit "Simpan"; leaving with unsaved edits asks first. */
export function ProgrammeForm({ saved }: { saved: Programme }) {
  const { t } = useTranslation('programme');
  const apply = useApply();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [form, setForm] = useState<Programme>(saved);
  const [busy, setBusy] = useState(false);
  const dirty = !same(form, saved);
  useUnsavedGuard(dirty);

  const set =
    <K extends keyof Programme>(key: K) =>
    (value: Programme[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  const save = async () => {
    setBusy(true);
    const result = await apply(api().award.updateProgramme(form));
    setBusy(false);
    if (!result.ok) return errors.fromError(result.error);
    errors.clear();
    notify(t('saved'), 'success');
  };

  return (
    <Card title={t('details')} aria-labelledby={undefined}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="form-grid">
          <TextField
            fieldClassName="span-all"
            label={t('fields.name')}
            value={form.name}
            onChange={set('name')}
            error={errors.get('name')}
            required
          />
          <TextField
            fieldClassName="span-all"
            label={t('fields.organiser')}
            placeholder={t('fields.organiserPlaceholder')}
            value={form.organiser}
            onChange={set('organiser')}
            error={errors.get('organiser')}
            required
          />
          <TextField
            fieldClassName="span-all"
            label={t('fields.place')}
            value={form.place}
            onChange={set('place')}
            error={errors.get('place')}
          />
          <DateField
            label={t('fields.startDate')}
            value={form.startDate}
            onChange={set('startDate')}
            error={errors.get('startDate')}
          />
          <DateField
            label={t('fields.endDate')}
            value={form.endDate}
            onChange={set('endDate')}
            error={errors.get('endDate')}
          />
          <DateField
            label={t('fields.decisionDate')}
            hint={t('fields.decisionDateHint')}
            value={form.decisionDate}
            onChange={set('decisionDate')}
            error={errors.get('decisionDate')}
          />
          <TextField
            label={t('fields.decisionPlace')}
            value={form.decisionPlace}
            onChange={set('decisionPlace')}
            error={errors.get('decisionPlace')}
          />
        </div>
        {errors.general && Object.keys(errors.errors).length === 0 ? (
          <Notice tone="error">{errors.general}</Notice>
        ) : null}
        <div className="form-actions">
          {dirty ? <span className="muted grow">{t('unsaved')}</span> : null}
          <Button
            disabled={!dirty || busy}
            onClick={() => {
              setForm(saved);
              errors.clear();
            }}
          >
            {t('reset')}
          </Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
