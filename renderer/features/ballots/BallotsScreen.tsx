import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/Card';

/** Placeholder until the screen lands. */
export function BallotsScreen() {
  const { t } = useTranslation('ballots');
  return (
    <section aria-labelledby="ballots-title">
      <PageHeader id="ballots-title" title={t('title')} lead={t('intro')} />
    </section>
  );
}
