import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Badge, Card, Notice } from '../../ui/Card';
import { Select, TextField } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { useNotify } from '../../ui/toast.store';
import { useSetup } from '../award/award.store';
import { useSession } from '../session/session.store';
import { useCertificateActions, useCertificates } from './certificates.store';
import './certificates.css';

/** Each juror's approval of a sealed category decision, and the signed-in juror's own approval by PIN. */
export function ApprovalsCard({ categoryId: fixed }: { categoryId?: string } = {}) {
  const { t, i18n } = useTranslation('certificates');
  const notify = useNotify();
  const setup = useSetup();
  const session = useSession();
  const { approvals } = useCertificates();
  const { loadApprovals, approve } = useCertificateActions();
  const [chosen, setChosen] = useState(fixed ?? setup?.categories[0]?.id ?? '');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const categoryId = fixed ?? chosen;
  const current = approvals[categoryId];

  useEffect(() => {
    if (categoryId) void loadApprovals(categoryId);
  }, [categoryId, loadApprovals]);

  const mine = current?.approvals.find((a) => a.jurorId === session?.jurorId);
  const approvedCount = current?.approvals.filter((a) => a.approvedAt).length ?? 0;

  const submit = async () => {
    const result = await approve(categoryId, pin);
    setPin('');
    if (!result.ok) return setError(result.error.message);
    setError(null);
    notify(t('approvals.done'), 'success');
  };

  return (
    <Card className="certificates-approvals" title={t('approvals.title')} description={t('approvals.description')}>
      {!fixed && setup ? (
        <Select
          label={t('approvals.category')}
          value={chosen}
          onChange={setChosen}
          options={setup.categories.map((c) => ({ value: c.id, label: c.name }))}
        />
      ) : null}
      {current && !current.sealed ? <Notice>{t('approvals.notSealed')}</Notice> : null}
      {current?.fingerprint ? (
        <p className="certificates-muted certificates-hash">
          {t('approvals.fingerprint', { fingerprint: current.fingerprint })}
        </p>
      ) : null}
      {current ? (
        <>
          <p>{t('approvals.count', { approved: approvedCount, total: current.approvals.length })}</p>
          <ul className="certificates-approval-list">
            {current.approvals.map((a) => (
              <li key={a.jurorId} data-juror={a.jurorId}>
                <span>{a.name}</span>
                <Badge tone={a.approvedAt ? 'success' : 'neutral'}>
                  {a.approvedAt
                    ? t('approvals.approved', { at: formatDate(a.approvedAt, i18n.language, true) })
                    : t('approvals.waiting')}
                </Badge>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {session && current?.sealed && !mine?.approvedAt ? (
        <form
          className="certificates-approve"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <TextField
            label={t('approvals.pin')}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={setPin}
            error={error ?? undefined}
          />
          <Button type="submit" variant="primary" icon="check" disabled={pin.length < 4}>
            {t('approvals.approve', { name: session.name })}
          </Button>
        </form>
      ) : error ? (
        <Notice tone="error">{error}</Notice>
      ) : null}
    </Card>
  );
}
