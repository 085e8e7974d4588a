import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/judging/judging.schema';
import { Card, Notice } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/Dialog';
import { useNotify } from '../../ui/toast.store';
import { useChairActions, useReleased } from './chair.store';

/** The ketua releases the results to the jurors (or hides them again), after saying what jurors will see. */
export function ReleaseCard({ session }: { session: Session }) {
  const { t } = useTranslation('chair');
  const notify = useNotify();
  const released = useReleased();
  const { setReleased } = useChairActions();
  const [asking, setAsking] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async (next: boolean) => {
    setBusy(true);
    const result = await setReleased(next);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setAsking(null);
    notify(t(next ? 'release.doneRelease' : 'release.doneHide'), 'success');
  };

  return (
    <Card className="chair-release" title={t('release.title')}>
      <div className="chair-release__row">
        <label className={['switch', session.isChair ? '' : 'is-disabled'].join(' ')}>
          <input
            type="checkbox"
            role="switch"
            checked={released === true}
            disabled={!session.isChair || released === null}
            aria-describedby="chair-release-state"
            onChange={(e) => setAsking(e.target.checked)}
          />
          <span className="switch__track" aria-hidden="true" />
          <span className="switch__label">{t('release.toggle')}</span>
        </label>
        <p id="chair-release-state" className="chair-release__state">
          {released ? t('release.released') : t('release.hidden')}
          {!session.isChair ? <span className="cell-sub">{t('release.chairOnly')}</span> : null}
        </p>
      </div>
      {error && asking === null ? <Notice tone="error">{error}</Notice> : null}
      {asking !== null ? (
        <ConfirmDialog
          title={t(asking ? 'release.confirmReleaseTitle' : 'release.confirmHideTitle')}
          message={
            <>
              <p>{t(asking ? 'release.confirmRelease' : 'release.confirmHide')}</p>
              {error ? <Notice tone="error">{error}</Notice> : null}
            </>
          }
          confirmLabel={t(asking ? 'release.doRelease' : 'release.doHide')}
          busy={busy}
          onConfirm={() => void confirm(asking)}
          onCancel={() => {
            setAsking(null);
            setError(null);
          }}
        />
      ) : null}
    </Card>
  );
}
