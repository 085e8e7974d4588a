import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardSetup } from '../../../shared/award/award.schema';
import { Card, Notice, PageHeader } from '../../ui/Card';
import { Select } from '../../ui/Field';
import { useSetup } from '../award/award.store';
import { SecretariatGate } from '../chair/SecretariatGate';
import { SignedInBadge } from '../session/SignInPanel';
import { useSession } from '../session/session.store';
import { HistoryCard } from './HistoryCard';
import { ImportCards } from './ImportCards';
import { useIndicatorActions, useIndicators } from './indicators.store';
import { PreviewCard } from './PreviewCard';
import { ValuesCard } from './ValuesCard';
import './indicators.css';

/** The secretariat loads measured indicator values per category, checks them, and corrects them with a reason. */
export function IndicatorsScreen() {
  const { t } = useTranslation('indicators');
  const setup = useSetup();
  const session = useSession();
  return (
    <section className="indicators-screen" aria-labelledby="indicators-title">
      <PageHeader
        id="indicators-title"
        title={t('title')}
        lead={t('intro')}
        actions={session ? <SignedInBadge session={session} /> : undefined}
      />
      {!setup ? (
        <Notice>{t('noAward')}</Notice>
      ) : (
        <SecretariatGate forbiddenKey="gate.forbiddenBody">
          {(signedIn) => <IndicatorsBody key={signedIn.jurorId} setup={setup} />}
        </SecretariatGate>
      )}
    </section>
  );
}

function IndicatorsBody({ setup }: { setup: AwardSetup }) {
  const { t } = useTranslation('indicators');
  const { categoryId, list } = useIndicators();
  const { selectCategory, reset } = useIndicatorActions();
  const categories = setup.categories.filter((c) => c.criteria.some((k) => k.kind === 'indicator'));
  const first = categories[0]?.id ?? '';
  useEffect(() => {
    if (first) void selectCategory(first);
    return reset;
  }, [first, selectCategory, reset]);

  if (categories.length === 0) return <Notice>{t('noIndicatorCategories')}</Notice>;
  return (
    <div className="indicators-body">
      <Card className="indicator-category">
        <Select
          label={t('category')}
          value={categoryId}
          onChange={(id) => void selectCategory(id)}
          options={categories.map((c) => ({ value: c.id, label: c.name }))}
        />
      </Card>
      {list ? <ValuesCard list={list} /> : null}
      {categoryId ? (
        <>
          <ImportCards categoryId={categoryId} />
          <PreviewCard />
          <HistoryCard />
        </>
      ) : null}
    </div>
  );
}
