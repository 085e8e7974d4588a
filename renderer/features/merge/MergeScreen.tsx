import { useTranslation } from 'react-i18next';
import { Notice, PageHeader } from '../../ui/Card';

/** Placeholder until the feature lands. */
export function MergeScreen() {
  const { t } = useTranslation('merge');
  return (
    <section aria-labelledby="merge-title">
      <PageHeader id="merge-title" title={t('title')} lead={t('intro')} />
      <Notice>{t('intro')}</Notice>
    </section>
  );
}
