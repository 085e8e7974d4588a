import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/judging/judging.schema';
import { useGo } from '../../app/nav.store';
import { Button } from '../../ui/Button';
import { Card, EmptyState } from '../../ui/Card';
import { sessionStore, useSession, useSessionLoading } from '../session/session.store';
import { SignInPanel } from '../session/SignInPanel';

/**
 * Shows its children only to a signed-in ketua or sekretaris (the secretariat). Nobody signed in:
 * the sign-in panel. Another juror: why they cannot see this screen.
 */
export function SecretariatGate({
  forbiddenKey = 'gate.forbiddenBody',
  children,
}: {
  /** The chair namespace key explaining who may use the screen. */
  forbiddenKey?: string;
  children: (session: Session) => ReactNode;
}) {
  const { t } = useTranslation('chair');
  const session = useSession();
  const loading = useSessionLoading();
  const refresh = sessionStore((s) => s.refresh);
  const signOut = sessionStore((s) => s.signOut);
  const go = useGo();

  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (loading && !session) return null;
  if (!session) return <SignInPanel title={t('gate.signInTitle')} intro={t('gate.signInBody')} />;
  if (!session.isSecretariat) {
    return (
      <Card>
        <EmptyState
          icon="alert"
          title={t('gate.forbiddenTitle')}
          action={
            <div className="chair-gate__actions">
              <Button variant="primary" onClick={() => go('scoring')}>
                {t('gate.toScoring')}
              </Button>
              <Button icon="logout" onClick={() => void signOut()}>
                {t('gate.signOut')}
              </Button>
            </div>
          }
        >
          {t(forbiddenKey, { name: session.name, role: t(`role_${session.role}`) })}
        </EmptyState>
      </Card>
    );
  }
  return <>{children(session)}</>;
}
