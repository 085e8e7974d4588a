import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/judging/judging.schema';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { formatDate, formatNumber } from '../../ui/format';
import { useScoringActions } from './scoring.store';

/** The juror's own history of one cell (or one nominee): when, on which device, old → new. */
export function HistoryDialog({
  title,
  filter,
  onClose,
}: {
  title: string;
  filter: { nomineeId?: string; criterionId?: string };
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  const { history } = useScoringActions();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { nomineeId, criterionId } = filter;

  useEffect(() => {
    let live = true;
    void history({ ...(nomineeId ? { nomineeId } : {}), ...(criterionId ? { criterionId } : {}) }).then((r) => {
      if (!live) return;
      if (Array.isArray(r)) setEntries(r);
      else setError(r.message);
    });
    return () => {
      live = false;
    };
  }, [history, nomineeId, criterionId]);

  const num = (v: number | null) => (v === null ? t('history.empty') : formatNumber(v, lang));
  const change = (e: HistoryEntry) => {
    if (e.type === 'score') return `${num(e.oldValue)} → ${num(e.value)}`;
    if (e.type === 'comment' || e.type === 'note') return e.text ? `“${e.text}”` : t('history.cleared');
    return e.text ?? '';
  };

  return (
    <Dialog
      title={t('history.title')}
      description={title}
      onClose={onClose}
      size="lg"
      footer={<Button onClick={onClose}>{t('history.close')}</Button>}
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      {entries && entries.length === 0 ? <p className="sc-muted">{t('history.none')}</p> : null}
      {entries && entries.length > 0 ? (
        <div className="sc-history">
          <table className="sc-history__table" aria-label={t('history.title')}>
            <thead>
              <tr>
                <th scope="col">{t('history.at')}</th>
                <th scope="col">{t('history.type')}</th>
                {criterionId ? null : <th scope="col">{nomineeId ? t('history.criterion') : t('history.cell')}</th>}
                <th scope="col">{t('history.change')}</th>
                <th scope="col">{t('history.device')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={`${e.deviceId}-${e.seq}`} data-type={e.type}>
                  <td>{formatDate(e.at, lang, true)}</td>
                  <td>
                    {t(`history.types.${e.type}`)}
                    {e.source !== 'app' ? <span className="sc-muted"> ({e.source})</span> : null}
                  </td>
                  {criterionId ? null : (
                    <td>{[nomineeId ? null : e.nominee?.name, e.criterion?.name].filter(Boolean).join(' — ')}</td>
                  )}
                  <td className="sc-history__change">{change(e)}</td>
                  <td className="sc-history__device" title={e.deviceId}>
                    {e.deviceId.slice(0, 8)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Dialog>
  );
}
