import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardSetup } from '../../../shared/award/award.schema';
import type { Session } from '../../../shared/judging/judging.schema';
import { Notice, PageHeader } from '../../ui/Card';
import { useSetup } from '../award/award.store';
import { useSession } from './session.store';
import { SignedInBadge } from './SignInPanel';

/**
 * The frame of a judging screen: its title and lead from the screen's namespace (`title`, `intro`),
 * who is signed in, and `noAward` when no award is open; the body gets the open award's setup.
 */
export function JudgingScreen({
  ns,
  id,
  className,
  children,
}: {
  /** The i18n namespace holding `title`, `intro` and `noAward`. */
  ns: string;
  id: string;
  className: string;
  children: (setup: AwardSetup, session: Session | null) => ReactNode;
}) {
  const { t } = useTranslation(ns);
  const setup = useSetup();
  const session = useSession();
  return (
    <section className={className} aria-labelledby={id}>
      <PageHeader
        id={id}
        title={t('title')}
        lead={t('intro')}
        actions={session ? <SignedInBadge session={session} /> : undefined}
      />
      {setup ? children(setup, session) : <Notice>{t('noAward')}</Notice>}
    </section>
  );
}
