import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/Card';

export function CategoriesScreen() {
  const { t } = useTranslation('categories');
  return <PageHeader title={t('title')} />;
}
