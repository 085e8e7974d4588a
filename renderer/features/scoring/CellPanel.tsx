import { useTranslation } from 'react-i18next';
import type { Sheet } from '../../../shared/judging/judging.schema';
import { Button } from '../../ui/Button';
import { formatNumber } from '../../ui/format';
import { RubricLevels } from './RubricPanel';
import { useCell, useFocusCell } from './scoring.store';
import { scaleText, timeText } from './sheet-model';

/** Beside the grid: the focused criterion with its rubric, and the focused cell's comment and history. */
export function CellPanel({
  sheet,
  onComment,
  onHistory,
}: {
  sheet: Sheet;
  onComment: (nomineeId: string, criterionId: string) => void;
  onHistory: (nomineeId: string, criterionId: string) => void;
}) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  const focus = useFocusCell();
  const criterion = sheet.criteria.find((c) => c.id === focus?.criterionId);
  const nominee = sheet.nominees.find((n) => n.id === focus?.nomineeId);
  const { cell, save } = useCell(nominee?.id ?? '', criterion?.id ?? '');
  if (!criterion || !nominee) {
    return (
      <aside className="sc-panel" aria-label={t('panel.label')}>
        <p className="sc-muted">{t('panel.empty')}</p>
      </aside>
    );
  }
  const value = cell?.value ?? null;
  return (
    <aside className="sc-panel" aria-label={t('panel.label')}>
      <p className="sc-panel__eyebrow">{nominee.name}</p>
      <h3 className="sc-panel__title">{criterion.name}</h3>
      <p className="sc-panel__meta">
        {t('grid.weightScale', {
          weight: formatNumber(criterion.weight, lang),
          scale: scaleText(criterion.scale, lang),
        })}
      </p>
      {criterion.description ? <p className="sc-panel__description">{criterion.description}</p> : null}
      <RubricLevels criterion={criterion} value={value} />
      <div className="sc-panel__cell">
        <p className="sc-panel__value">
          {t('panel.value')}: <strong>{value === null ? t('panel.noValue') : formatNumber(value, lang)}</strong>
          {save?.status === 'saved' ? (
            <>
              {' · '}
              <span className="sc-saved">{t('grid.savedAt', { time: timeText(save.savedAt, lang) })}</span>
            </>
          ) : null}
        </p>
        {cell?.comment ? (
          <p className="sc-panel__comment">
            <span className="sc-panel__comment-label">{t('panel.comment')}:</span> {cell.comment}
          </p>
        ) : null}
        <div className="sc-panel__actions">
          <Button size="sm" icon="edit" onClick={() => onComment(nominee.id, criterion.id)}>
            {cell?.comment ? t('panel.editComment') : t('panel.addComment')}
          </Button>
          <Button size="sm" variant="ghost" icon="file" onClick={() => onHistory(nominee.id, criterion.id)}>
            {t('panel.history')}
          </Button>
        </div>
      </div>
    </aside>
  );
}
