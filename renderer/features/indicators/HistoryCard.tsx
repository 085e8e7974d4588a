import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { formatNumber } from '../../ui/format';
import { formatWhen, sourceInWords } from './indicator-format';
import { useIndicators } from './indicators.store';

const FIRST = 10;

/** Every import and correction of the category's values, newest first. */
export function HistoryCard() {
  const { t, i18n } = useTranslation('indicators');
  const { history } = useIndicators();
  const [all, setAll] = useState(false);
  const value = (v: number | null) => (v === null ? '—' : formatNumber(v, i18n.language));
  const shown = all ? history : history.slice(0, FIRST);

  return (
    <Card className="indicator-history" title={t('history.title')} description={t('history.description')}>
      {history.length === 0 ? (
        <p className="indicator-muted">{t('history.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table indicator-history__table" aria-label={t('history.title')}>
            <thead>
              <tr>
                <th scope="col">{t('history.at')}</th>
                <th scope="col">{t('history.who')}</th>
                <th scope="col">{t('preview.nominee')}</th>
                <th scope="col">{t('preview.criterion')}</th>
                <th scope="col" className="num">
                  {t('history.change')}
                </th>
                <th scope="col">{t('history.source')}</th>
                <th scope="col">{t('history.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((h, i) => (
                <tr key={i}>
                  <td className="nowrap">{formatWhen(h.at, i18n.language)}</td>
                  <td>{h.actor?.name ?? t('history.cli')}</td>
                  <td>{h.nominee}</td>
                  <td>{h.criterion}</td>
                  <td className="num nowrap">
                    {value(h.old)} → {value(h.value)}
                  </td>
                  <td>{sourceInWords(h.source, t)}</td>
                  <td>{h.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!all && history.length > FIRST ? (
        <div className="indicator-actions">
          <Button variant="ghost" onClick={() => setAll(true)}>
            {t('history.more', { count: history.length })}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
