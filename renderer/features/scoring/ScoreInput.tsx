import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetCriterion } from '../../../shared/judging/judging.schema';
import { Icon } from '../../ui/Icon';
import { numberForInput } from '../../ui/format';
import { useCell, useScoringActions } from './scoring.store';
import { problemText, readScore, scaleText, timeText } from './sheet-model';

/**
 * The score of one cell in the nominee view: the same checks and the same store as the grid.
 * Saved on Enter and on leaving the field.
 */
export function ScoreInput({
  nominee,
  criterion,
  readOnly,
}: {
  nominee: { id: string; name: string };
  criterion: SheetCriterion;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  const { cell, save: state, problem } = useCell(nominee.id, criterion.id);
  const { save, refuse, clearProblem } = useScoringActions();
  const value = cell?.value ?? null;
  const shown = value === null ? '' : numberForInput(value, lang);
  const [draft, setDraft] = useState<string | null>(null);
  const id = `sc-score-${criterion.id}`;

  const commit = () => {
    if (draft === null) return;
    const read = readScore(draft, criterion.scale);
    setDraft(null);
    if ('problem' in read) {
      refuse(nominee.id, criterion.id, problemText(t, read.problem, lang));
      return;
    }
    clearProblem(nominee.id, criterion.id);
    if (read.value !== value || state?.status === 'error') void save(nominee.id, criterion.id, read.value);
  };

  return (
    <div className={['field sc-score', problem ? 'field--invalid' : ''].join(' ')}>
      <label className="field__label" htmlFor={id}>
        {t('nominee.score', { scale: scaleText(criterion.scale, lang) })}
      </label>
      <div className="sc-score__row">
        <input
          id={id}
          className="input sc-score__input"
          inputMode="decimal"
          autoComplete="off"
          aria-label={t('grid.cellLabel', { nominee: nominee.name, criterion: criterion.name })}
          value={draft ?? shown}
          readOnly={readOnly}
          aria-readonly={readOnly || undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            } else if (e.key === 'Escape' && draft !== null) {
              e.preventDefault();
              e.stopPropagation();
              setDraft(null);
            }
          }}
          onBlur={commit}
        />
        {state?.status === 'saved' && !problem ? (
          <span className="sc-saved" role="status">
            <Icon name="check" size={14} />
            {t('grid.savedAt', { time: timeText(state.savedAt, lang) })}
          </span>
        ) : state?.status === 'saving' ? (
          <span className="sc-muted">{t('status.saving')}</span>
        ) : null}
      </div>
      {problem ? (
        <p className="field__error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
