import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/Card';

export function TemplatesScreen() {
  const { t } = useTranslation('templates');
  return <PageHeader title={t('title')} />;
}
