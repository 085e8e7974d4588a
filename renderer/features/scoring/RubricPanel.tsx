import { useTranslation } from 'react-i18next';
import type { SheetCriterion } from '../../../shared/judging/judging.schema';
import { formatNumber } from '../../ui/format';

/** The rubric levels of one criterion; the level holding `value` is marked. */
export function RubricLevels({ criterion, value }: { criterion: SheetCriterion; value: number | null }) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  if (criterion.rubric.length === 0) return <p className="sc-muted">{t('panel.noRubric')}</p>;
  return (
    <ol className="sc-rubric" aria-label={t('panel.rubric', { criterion: criterion.name })}>
      {criterion.rubric.map((level) => {
        const current = value !== null && value >= level.min && value <= level.max;
        return (
          <li
            key={`${level.label}-${level.min}`}
            className={['sc-rubric__level', current ? 'sc-rubric__level--current' : ''].join(' ')}
            aria-current={current || undefined}
          >
            <span className="sc-rubric__head">
              <span className="sc-rubric__label">{level.label}</span>
              <span className="sc-rubric__range">
                {formatNumber(level.min, lang)}–{formatNumber(level.max, lang)}
              </span>
            </span>
            <span className="sc-rubric__text">{level.descriptor}</span>
          </li>
        );
      })}
    </ol>
  );
}
