import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/Card';

/** Placeholder until the screen lands. */
export function ScoringScreen() {
  const { t } = useTranslation('scoring');
  return (
    <section aria-labelledby="scoring-title">
      <PageHeader id="scoring-title" title={t('title')} lead={t('intro')} />
    </section>
  );
}
