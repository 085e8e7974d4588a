import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Juror, Nominee } from '../../../shared/award/award.schema';
import { api } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { Checkbox, TextField } from '../../ui/Field';
import { useApply } from '../award/award.store';

interface Props {
  juror: Juror;
  nominees: Nominee[];
  onClose: () => void;
}

/** Ticks the nominees a juror declares a conflict of interest with, each with an optional reason. */
export function ConflictsDialog({ juror, nominees, onClose }: Props) {
  const { t } = useTranslation('jurors');
  const apply = useApply();
  const [draft, setDraft] = useState(() => new Map(juror.conflicts.map((c) => [c.nomineeId, c.reason])));
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const visible = useMemo(() => {
    const q = deferred.trim().toLocaleLowerCase('id');
    if (!q) return nominees;
    return nominees.filter((n) => n.name.toLocaleLowerCase('id').includes(q) || (n.regionCode ?? '').startsWith(q));
  }, [nominees, deferred]);

  const toggle = (id: string, on: boolean) =>
    setDraft((d) => {
      const next = new Map(d);
      if (on) next.set(id, d.get(id) ?? '');
      else next.delete(id);
      return next;
    });
  const setReason = (id: string, reason: string) => setDraft((d) => new Map(d).set(id, reason));

  const submit = async () => {
    // Keep the award's nominee order, so the list reads the same everywhere.
    const conflicts = nominees
      .filter((n) => draft.has(n.id))
      .map((n) => ({ nomineeId: n.id, reason: draft.get(n.id) ?? '' }));
    setBusy(true);
    const result = await apply(api().juror.setConflicts({ jurorId: juror.id, conflicts }));
    setBusy(false);
    if (result.ok) {
      onClose();
      return;
    }
    setError(result.error.message);
    const byNominee: Record<string, string> = {};
    for (const issue of result.error.issues ?? []) {
      const index = issue.path[1];
      const nomineeId = typeof index === 'number' ? conflicts[index]?.nomineeId : undefined;
      if (nomineeId) byNominee[nomineeId] = issue.message;
    }
    setIssues(byNominee);
  };

  return (
    <Dialog
      title={t('conflictsTitle', { name: juror.name })}
      description={t('conflictsIntro')}
      size="lg"
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <span className="jur-selected">{t('conflictsSelected', { count: draft.size })}</span>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" variant="primary" icon="check" disabled={busy || nominees.length === 0}>
            {t('saveConflicts')}
          </Button>
        </>
      }
    >
      {nominees.length === 0 ? (
        <Notice>{t('conflictsNoNominees')}</Notice>
      ) : (
        <>
          {nominees.length > 12 && (
            <TextField
              label={t('conflictsFilter')}
              type="search"
              value={filter}
              onChange={setFilter}
              fieldClassName="jur-filter"
            />
          )}
          <ul className="jur-conflicts">
            {visible.map((n) => {
              const on = draft.has(n.id);
              return (
                <li key={n.id} className={on ? 'jur-conflict is-on' : 'jur-conflict'}>
                  <Checkbox
                    checked={on}
                    onChange={(checked) => toggle(n.id, checked)}
                    label={
                      <>
                        {n.regionCode && <span className="jur-code">{n.regionCode}</span>} {n.name}
                      </>
                    }
                  />
                  {on && (
                    <TextField
                      label={<span className="visually-hidden">{t('conflictReasonFor', { name: n.name })}</span>}
                      placeholder={t('conflictReasonPlaceholder')}
                      value={draft.get(n.id) ?? ''}
                      onChange={(v) => setReason(n.id, v)}
                      error={issues[n.id]}
                      fieldClassName="jur-reason"
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </Dialog>
  );
}
