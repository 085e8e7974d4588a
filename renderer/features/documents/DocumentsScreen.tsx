import { useTranslation } from 'react-i18next';
import { Notice, PageHeader } from '../../ui/Card';

/** Placeholder until the feature lands. */
export function DocumentsScreen() {
  const { t } = useTranslation('decision');
  return (
    <section aria-labelledby="documents-title">
      <PageHeader id="documents-title" title={t('title')} lead={t('intro')} />
      <Notice>{t('intro')}</Notice>
    </section>
  );
}
