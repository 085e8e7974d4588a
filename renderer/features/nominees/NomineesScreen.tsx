import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../platform/api';
import { ConfirmDialog } from '../../ui/Dialog';
import { Card, Notice, PageHeader } from '../../ui/Card';
import { useApply, useSetup } from '../award/award.store';
import { CustomNomineeForm } from './CustomNomineeForm';
import { NomineeList } from './NomineeList';
import { useBindAward, useRemovingNominee } from './nominees.store';
import { RegionPicker } from './RegionPicker';
import './nominees.css';

/** The Peserta setup screen: add regions or custom nominees, and review the list. */
export function NomineesScreen() {
  const { t } = useTranslation('nominees');
  const setup = useSetup();
  const bindAward = useBindAward();
  const awardId = setup?.award.id;
  useEffect(() => {
    if (awardId) bindAward(awardId);
  }, [awardId, bindAward]);
  if (!setup) return <Notice>{t('noAward')}</Notice>;
  return (
    <div className="nom-screen">
      <PageHeader title={t('title')} lead={t('intro')} />
      <div className="nom-add">
        <RegionPicker nominees={setup.nominees} />
        <Card
          title={t('customTitle')}
          description={t('customHint')}
          className="nom-custom"
          aria-label={t('customTitle')}
        >
          <CustomNomineeForm />
        </Card>
      </div>
      <NomineeList nominees={setup.nominees} categories={setup.categories} />
      <RemoveNominee />
    </div>
  );
}

function RemoveNominee() {
  const { t } = useTranslation('nominees');
  const setup = useSetup();
  const apply = useApply();
  const [removingId, setRemovingId] = useRemovingNominee();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nominee = setup?.nominees.find((n) => n.id === removingId);
  if (!nominee) return null;

  const close = () => {
    setRemovingId(null);
    setError(null);
  };
  const confirm = async () => {
    setBusy(true);
    const result = await apply(api().nominee.remove({ id: nominee.id }));
    setBusy(false);
    if (result.ok) close();
    else setError(result.error.message);
  };

  return (
    <ConfirmDialog
      title={t('removeTitle')}
      message={
        <>
          <p>{t('removeBody', { name: nominee.name })}</p>
          {error && <Notice tone="error">{error}</Notice>}
        </>
      }
      confirmLabel={t('removeConfirm')}
      danger
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={close}
    />
  );
}
