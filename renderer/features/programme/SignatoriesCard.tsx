import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardSetup, Signatory } from '../../../shared/award/award.schema';
import type { Envelope } from '../../../shared/ipc/envelope';
import { api } from '../../platform/api';
import { useApply } from '../award/award.store';
import { Button, IconButton } from '../../ui/Button';
import { Card, EmptyState } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/Dialog';
import { useNotify } from '../../ui/toast.store';
import { SignatoryDialog } from './SignatoryDialog';

/** Signatories in signing order: add, edit, remove, move up/down. */
export function SignatoriesCard({ signatories }: { signatories: Signatory[] }) {
  const { t } = useTranslation('programme');
  const apply = useApply();
  const notify = useNotify();
  const [editing, setEditing] = useState<Signatory | 'new' | null>(null);
  const [removing, setRemoving] = useState<Signatory | null>(null);

  const run = async (pending: Promise<Envelope<AwardSetup>>) => {
    const result = await apply(pending);
    if (!result.ok) notify(result.error.message, 'error');
  };

  return (
    <Card
      title={t('signatories.title')}
      description={t('signatories.lead')}
      actions={
        signatories.length > 0 ? (
          <Button icon="plus" onClick={() => setEditing('new')}>
            {t('signatories.add')}
          </Button>
        ) : null
      }
    >
      {signatories.length === 0 ? (
        <EmptyState
          icon="signature"
          title={t('signatories.empty')}
          action={
            <Button variant="primary" icon="plus" onClick={() => setEditing('new')}>
              {t('signatories.add')}
            </Button>
          }
        >
          {t('signatories.emptyText')}
        </EmptyState>
      ) : (
        <table className="table" aria-label={t('signatories.title')}>
          <thead>
            <tr>
              <th className="num">{t('signatories.columns.order')}</th>
              <th>{t('signatories.columns.name')}</th>
              <th>{t('signatories.columns.position')}</th>
              <th className="actions">
                <span className="visually-hidden">{t('common:edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {signatories.map((s, i) => (
              <tr key={s.id}>
                <td className="num muted">{i + 1}</td>
                <td>
                  <strong>{s.name}</strong>
                  {s.title ? <span className="cell-sub">{s.title}</span> : null}
                </td>
                <td>{s.position}</td>
                <td className="actions">
                  <IconButton
                    icon="up"
                    label={t('signatories.moveUp', { name: s.name })}
                    disabled={i === 0}
                    onClick={() => void run(api().signatory.move({ id: s.id, offset: -1 }))}
                  />
                  <IconButton
                    icon="down"
                    label={t('signatories.moveDown', { name: s.name })}
                    disabled={i === signatories.length - 1}
                    onClick={() => void run(api().signatory.move({ id: s.id, offset: 1 }))}
                  />
                  <IconButton
                    icon="edit"
                    label={t('signatories.edit', { name: s.name })}
                    onClick={() => setEditing(s)}
                  />
                  <IconButton
                    icon="trash"
                    variant="danger"
                    label={t('signatories.remove', { name: s.name })}
                    onClick={() => setRemoving(s)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing ? (
        <SignatoryDialog signatory={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {removing ? (
        <ConfirmDialog
          title={t('signatories.removeTitle')}
          message={t('signatories.removeMessage', { name: removing.name })}
          confirmLabel={t('common:remove')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const id = removing.id;
            setRemoving(null);
            void run(api().signatory.remove({ id }));
          }}
        />
      ) : null}
    </Card>
  );
}
