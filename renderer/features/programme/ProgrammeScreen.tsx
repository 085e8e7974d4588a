import { useTranslation } from 'react-i18next';
import { useSetup } from '../award/award.store';
import { PageHeader } from '../../ui/Card';
import { ProgrammeForm } from './ProgrammeForm';
import { SignatoriesCard } from './SignatoriesCard';

/** Program: the programme details and its signatories. */
export function ProgrammeScreen() {
  const { t } = useTranslation('programme');
  const setup = useSetup();
  if (!setup) return null;
  return (
    <section aria-labelledby="programme-title">
      <PageHeader id="programme-title" title={t('title')} lead={t('lead')} />
      <ProgrammeForm key={setup.award.id} saved={setup.award.programme} />
      <SignatoriesCard signatories={setup.signatories} />
    </section>
  );
}
