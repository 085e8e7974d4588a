import { useTranslation } from 'react-i18next';
import { Notice, PageHeader } from '../../ui/Card';

/** Placeholder until the feature lands. */
export function IndicatorsScreen() {
  const { t } = useTranslation('indicators');
  return (
    <section aria-labelledby="indicators-title">
      <PageHeader id="indicators-title" title={t('title')} lead={t('intro')} />
      <Notice>{t('intro')}</Notice>
    </section>
  );
}
