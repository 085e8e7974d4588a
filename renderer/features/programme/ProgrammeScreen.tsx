import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/Card';

export function ProgrammeScreen() {
  const { t } = useTranslation('programme');
  return <PageHeader title={t('title')} />;
}
