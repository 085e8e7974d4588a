import { useTranslation } from 'react-i18next';
import { runningTotal } from '../../../shared/judging/score-rules';
import { Button } from '../../ui/Button';
import { Badge, Notice } from '../../ui/Card';
import { formatNumber } from '../../ui/format';
import { NotesField } from './NotesField';
import { RubricLevels } from './RubricPanel';
import { ScoreInput } from './ScoreInput';
import { useCells, useFocusCell, useScoringActions } from './scoring.store';
import { cellKey, scaleText, totalText, type SheetViewProps } from './sheet-model';

/** One nominee at a time: every criterion with its full rubric, the scores, and the juror's notes. */
export function NomineeView({ sheet, nominees, onComment, onHistory }: SheetViewProps) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  const focus = useFocusCell();
  const cells = useCells();
  const { setFocus } = useScoringActions();
  const index = Math.max(
    0,
    nominees.findIndex((n) => n.id === focus?.nomineeId),
  );
  const nominee = nominees[index];
  if (!nominee) return <p className="sc-muted">{t('sheet.noRows')}</p>;
  const locked = sheet.status === 'submitted';
  const readOnly = locked || nominee.conflict;
  const criterionId = focus?.criterionId ?? sheet.criteria.find((c) => c.kind === 'judged')?.id ?? '';
  const goTo = (i: number) => {
    const next = nominees[i];
    if (next) setFocus(next.id, criterionId);
  };
  const total = runningTotal(sheet.criteria, (id) => cells[cellKey(nominee.id, id)]?.value);

  return (
    <section className="sc-nominee" aria-labelledby="sc-nominee-name">
      <header className="sc-nominee__head">
        <Button className="sc-prev" onClick={() => goTo(index - 1)} disabled={index === 0}>
          {t('nominee.prev')}
        </Button>
        <div className="sc-nominee__title">
          <h3 id="sc-nominee-name">{nominee.name}</h3>
          <p className="sc-muted">
            <button type="button" className="sc-linkbutton" onClick={() => onHistory(nominee.id, '')}>
              {t('nominee.history')}
            </button>
            {' · '}
            {t('nominee.position', { index: index + 1, count: nominees.length })}
            {total.total !== null && !nominee.conflict ? ` · ${t('grid.total')}: ${totalText(total.total, lang)}` : ''}
          </p>
        </div>
        <Button className="sc-next" onClick={() => goTo(index + 1)} disabled={index >= nominees.length - 1}>
          {t('nominee.next')}
        </Button>
      </header>
      {nominee.conflict ? <Notice tone="warning">{t('nominee.conflict')}</Notice> : null}
      <div className="sc-nominee__criteria">
        {sheet.criteria.map((c) => {
          const cell = cells[cellKey(nominee.id, c.id)];
          const measuredOf = (criterionId: string) =>
            sheet.measured.find((m) => m.nomineeId === nominee.id && m.criterionId === criterionId)?.value;
          return (
            <article key={c.id} className="sc-criterion" aria-label={c.name}>
              <header className="sc-criterion__head">
                <h4>{c.name}</h4>
                <span className="sc-muted">
                  {t('grid.weightScale', { weight: formatNumber(c.weight, lang), scale: scaleText(c.scale, lang) })}
                </span>
                {c.kind === 'indicator' ? <Badge>{t('grid.indicatorNote')}</Badge> : null}
              </header>
              {c.description ? <p className="sc-criterion__description">{c.description}</p> : null}
              {c.kind === 'judged' ? (
                <div className="sc-criterion__body">
                  <RubricLevels criterion={c} value={cell?.value ?? null} />
                  <div className="sc-criterion__entry">
                    <ScoreInput nominee={nominee} criterion={c} readOnly={readOnly} />
                    {cell?.comment ? <p className="sc-panel__comment">{cell.comment}</p> : null}
                    <div className="sc-panel__actions">
                      <Button
                        size="sm"
                        icon="edit"
                        onClick={() => onComment(nominee.id, c.id)}
                        disabled={nominee.conflict}
                      >
                        {cell?.comment ? t('panel.editComment') : t('panel.addComment')}
                      </Button>
                      <Button size="sm" variant="ghost" icon="file" onClick={() => onHistory(nominee.id, c.id)}>
                        {t('panel.history')}
                      </Button>
                    </div>
                  </div>
                </div>
              ) : (
                <p className="sc-muted">
                  {measuredOf(c.id) === undefined
                    ? t('grid.indicatorEmpty')
                    : t('grid.indicatorValue', {
                        value: `${formatNumber(measuredOf(c.id)!, lang)}${c.unit ? ` ${c.unit}` : ''}`,
                      })}
                </p>
              )}
            </article>
          );
        })}
      </div>
      {nominee.conflict ? null : <NotesField key={nominee.id} nomineeId={nominee.id} readOnly={locked} />}
    </section>
  );
}
