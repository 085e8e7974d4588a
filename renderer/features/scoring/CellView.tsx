import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { formatNumber } from '../../ui/format';
import type { SaveState } from './scoring.store';
import { timeText } from './sheet-model';

/** What a grid cell shows when not editing: the value, a comment mark, and its save state. */
export function CellView({
  value,
  hasComment,
  state,
  problem,
  readOnlyNote,
}: {
  value: number | null;
  hasComment: boolean;
  state: SaveState | undefined;
  problem: string | undefined;
  readOnlyNote: string;
}) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  return (
    <span className="sc-cell__inner" title={readOnlyNote || problem || undefined}>
      <span className="sc-cell__value">{value === null ? '' : formatNumber(value, lang)}</span>
      {hasComment ? <span className="sc-cell__comment" role="img" aria-label={t('grid.hasComment')} /> : null}
      {problem || state?.status === 'error' ? (
        <span className="sc-cell__mark sc-cell__mark--error">
          <Icon name="alert" size={14} />
        </span>
      ) : state?.status === 'saved' ? (
        <span
          className="sc-cell__mark sc-cell__mark--saved"
          title={t('grid.savedAt', { time: timeText(state.savedAt, lang) })}
        >
          <Icon name="check" size={14} />
        </span>
      ) : state?.status === 'saving' ? (
        <span className="sc-cell__mark sc-cell__mark--saving" aria-hidden="true" />
      ) : null}
    </span>
  );
}
