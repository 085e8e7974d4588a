import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardSetup } from '../../../shared/award/award.schema';
import { api } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Card, Notice } from '../../ui/Card';
import { Select } from '../../ui/Field';
import { useDownload } from '../../ui/use-download';

type Format = 'xlsx' | 'csv';

/** A ready ballot for the chosen juror: one category (XLSX or CSV) or all of them (XLSX, a sheet each). */
export function TemplateCard({ setup, jurorId }: { setup: AwardSetup; jurorId: string }) {
  const { t } = useTranslation('ballots');
  const { busy, error, download: save } = useDownload();
  const [categoryId, setCategoryId] = useState('');
  const [format, setFormat] = useState<Format>('xlsx');
  const categories = setup.categories.filter((c) => c.criteria.some((k) => k.kind === 'judged'));
  const csvAllowed = categoryId !== '';

  const download = () =>
    save(
      () =>
        api().ballot.template({
          jurorId,
          format: csvAllowed ? format : 'xlsx',
          ...(categoryId ? { categoryId } : {}),
        }),
      (file) => t('template.downloaded', { file }),
    );

  return (
    <Card className="ballot-template" title={t('template.title')} description={t('template.description')}>
      <div className="ballot-form">
        <Select
          label={t('template.category')}
          hint={categoryId ? undefined : t('template.allCategoriesHint')}
          value={categoryId}
          onChange={(v) => {
            setCategoryId(v);
            if (!v) setFormat('xlsx');
          }}
          options={[
            { value: '', label: t('template.allCategories') },
            ...categories.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <Select<Format>
          label={t('template.format')}
          value={csvAllowed ? format : 'xlsx'}
          onChange={setFormat}
          hint={csvAllowed ? undefined : t('template.csvOneCategory')}
          disabled={!csvAllowed}
          options={[
            { value: 'xlsx', label: t('template.xlsx') },
            { value: 'csv', label: t('template.csv') },
          ]}
        />
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="ballot-actions">
        <Button
          variant="primary"
          icon="download"
          disabled={!jurorId || busy}
          title={jurorId ? undefined : t('upload.needJuror')}
          onClick={() => void download()}
        >
          {t('template.download')}
        </Button>
      </div>
    </Card>
  );
}
