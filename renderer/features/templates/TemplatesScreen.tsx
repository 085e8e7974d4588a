import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenDialog } from '../../app/app.store';
import { exportTemplate } from '../../app/award-actions';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { Icon } from '../../ui/Icon';
import { useNotify } from '../../ui/toast.store';

/** Templat: export the setup as JSON, and the entry point to create an award from one. */
export function TemplatesScreen() {
  const { t } = useTranslation('templates');
  const notify = useNotify();
  const openDialog = useOpenDialog();
  const [busy, setBusy] = useState(false);
  const yes = t('holds.yes', { returnObjects: true }) as string[];
  const no = t('holds.no', { returnObjects: true }) as string[];

  const download = async () => {
    setBusy(true);
    const result = await exportTemplate();
    setBusy(false);
    notify(
      result.ok ? t('exported', { fileName: result.fileName }) : result.error.message,
      result.ok ? 'success' : 'error',
    );
  };

  return (
    <section aria-labelledby="templates-title">
      <PageHeader id="templates-title" title={t('title')} lead={t('lead')} />
      <div className="templates">
        <Card title={t('export.title')} description={t('export.text')}>
          <Button variant="primary" icon="download" disabled={busy} onClick={() => void download()}>
            {t('export.button')}
          </Button>
        </Card>
        <Card title={t('holds.title')}>
          <ul className="holds">
            {yes.map((line) => (
              <li key={line} className="holds__yes">
                <Icon name="check" size={16} /> {line}
              </li>
            ))}
          </ul>
          <p className="section-title holds__no-title">{t('holds.noTitle')}</p>
          <ul className="holds">
            {no.map((line) => (
              <li key={line} className="holds__no">
                <Icon name="close" size={16} /> {line}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('import.title')} description={t('import.text')}>
          <Button icon="upload" onClick={() => openDialog('import')}>
            {t('import.button')}
          </Button>
        </Card>
      </div>
    </section>
  );
}
