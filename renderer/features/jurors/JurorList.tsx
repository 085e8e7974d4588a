import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Juror, Nominee } from '../../../shared/award/award.schema';
import { api } from '../../platform/api';
import { Button, IconButton } from '../../ui/Button';
import { Badge, Notice } from '../../ui/Card';
import { useApply } from '../award/award.store';
import { useConflictsEditor, useJurorEditor, useRemovingJuror } from './jurors.store';

const ROLE_TONE = { ketua: 'accent', sekretaris: 'success', anggota: 'neutral' } as const;

/** The jury in order, with role, PIN status and declared conflicts; reorder, edit, remove. */
export function JurorList({ jurors, nominees }: { jurors: Juror[]; nominees: Nominee[] }) {
  const { t } = useTranslation('jurors');
  const apply = useApply();
  const [, setEditor] = useJurorEditor();
  const [, setConflictsFor] = useConflictsEditor();
  const [, setRemovingId] = useRemovingJuror();
  const [error, setError] = useState<string | null>(null);
  const nomineeName = useMemo(() => new Map(nominees.map((n) => [n.id, n.name])), [nominees]);

  const move = async (id: string, offset: -1 | 1) => {
    const result = await apply(api().juror.move({ id, offset }));
    setError(result.ok ? null : result.error.message);
  };

  return (
    <>
      {error && <Notice tone="error">{error}</Notice>}
      <ol className="jur-list">
        {jurors.map((j, i) => (
          <li key={j.id} className="jur-row" aria-label={j.name}>
            <div className="jur-order">{i + 1}</div>
            <div className="jur-main">
              <div className="jur-heading">
                <h3 className="jur-name">{j.name}</h3>
                <Badge tone={ROLE_TONE[j.role]}>{t(`role_${j.role}`)}</Badge>
              </div>
              {j.title && <p className="jur-title">{j.title}</p>}
              <p className={j.hasPin ? 'jur-pin is-set' : 'jur-pin'}>{j.hasPin ? t('pinSet') : t('pinNotSet')}</p>
              {j.conflicts.length > 0 ? (
                <p className="jur-chips">
                  <span className="jur-chips-label">{t('conflictsLabel')}</span>
                  {j.conflicts.map((c) => (
                    <span key={c.nomineeId} className="jur-chip" title={c.reason || undefined}>
                      {nomineeName.get(c.nomineeId) ?? c.nomineeId}
                    </span>
                  ))}
                </p>
              ) : (
                <p className="jur-chips jur-chips--none">{t('noConflicts')}</p>
              )}
            </div>
            <div className="jur-actions">
              <IconButton
                icon="up"
                label={t('moveUp', { name: j.name })}
                disabled={i === 0}
                onClick={() => void move(j.id, -1)}
              />
              <IconButton
                icon="down"
                label={t('moveDown', { name: j.name })}
                disabled={i === jurors.length - 1}
                onClick={() => void move(j.id, 1)}
              />
              <Button
                size="sm"
                icon="alert"
                onClick={() => setConflictsFor(j.id)}
                aria-label={t('conflictsFor', { name: j.name })}
              >
                {j.conflicts.length > 0
                  ? t('conflictsButton', { count: j.conflicts.length })
                  : t('conflictsButtonNone')}
              </Button>
              <Button
                size="sm"
                icon="edit"
                onClick={() => setEditor({ kind: 'edit', id: j.id })}
                aria-label={t('editJuror', { name: j.name })}
              >
                {t('edit')}
              </Button>
              <IconButton
                icon="trash"
                variant="danger"
                label={t('removeJuror', { name: j.name })}
                onClick={() => setRemovingId(j.id)}
              />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
