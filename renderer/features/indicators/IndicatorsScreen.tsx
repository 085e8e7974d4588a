import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { JudgingScreen } from '../session/JudgingScreen';
import type { AwardSetup } from '../../../shared/award/award.schema';
import { Card, Notice } from '../../ui/Card';
import { Select } from '../../ui/Field';
import { SecretariatGate } from '../chair/SecretariatGate';
import { HistoryCard } from './HistoryCard';
import { ImportCards } from './ImportCards';
import { useIndicatorActions, useIndicators } from './indicators.store';
import { PreviewCard } from './PreviewCard';
import { ValuesCard } from './ValuesCard';
import './indicators.css';

/** The secretariat loads measured indicator values per category, checks them, and corrects them with a reason. */
export function IndicatorsScreen() {
  return (
    <JudgingScreen ns="indicators" id="indicators-title" className="indicators-screen">
      {(setup) => (
        <SecretariatGate forbiddenKey="gate.forbiddenBody">
          {(signedIn) => <IndicatorsBody key={signedIn.jurorId} setup={setup} />}
        </SecretariatGate>
      )}
    </JudgingScreen>
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
