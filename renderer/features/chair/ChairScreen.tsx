import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/Card';

/** Placeholder until the screen lands. */
export function ChairScreen() {
  const { t } = useTranslation('chair');
  return (
    <section aria-labelledby="chair-title">
      <PageHeader id="chair-title" title={t('title')} lead={t('intro')} />
    </section>
  );
}
