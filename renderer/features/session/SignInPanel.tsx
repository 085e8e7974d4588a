import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterEntry, Session } from '../../../shared/judging/judging.schema';
import type { AppError } from '../../../shared/ipc/envelope';
import { fieldErrors } from '../../platform/api';
import { Button } from '../../ui/Button';
import { Card, EmptyState } from '../../ui/Card';
import { Icon } from '../../ui/Icon';
import { sessionStore, useRoster } from './session.store';
import './session.css';

const PIN_PATTERN = /^\d{4,8}$/;

/**
 * A juror signs in on this laptop: picks their name from the roster, then types their PIN
 * (or, on a first sign-in without a PIN, chooses one twice). Wrong PINs and locks are shown inline.
 */
export function SignInPanel({
  title,
  intro,
  onSignedIn,
}: {
  title?: string;
  intro?: string;
  onSignedIn?: (session: Session) => void;
}) {
  const { t } = useTranslation('scoring');
  const roster = useRoster();
  const [pickedId, setPickedId] = useState<string | null>(null);
  const picked = roster.find((j) => j.id === pickedId) ?? null;

  return (
    <Card className="signin" aria-labelledby="signin-title">
      <div className="signin__head">
        <h2 className="signin__title" id="signin-title">
          {title ?? t('signIn.title')}
        </h2>
        <p className="signin__intro">{intro ?? t('signIn.intro')}</p>
      </div>
      {roster.length === 0 ? (
        <EmptyState icon="jurors" title={t('signIn.noJurors')} />
      ) : picked ? (
        <PinForm key={picked.id} juror={picked} onBack={() => setPickedId(null)} onSignedIn={onSignedIn} />
      ) : (
        <RosterList roster={roster} onPick={setPickedId} />
      )}
    </Card>
  );
}

function RosterList({ roster, onPick }: { roster: RosterEntry[]; onPick: (id: string) => void }) {
  const { t } = useTranslation('scoring');
  return (
    <ul className="signin__roster" aria-label={t('signIn.roster')}>
      {roster.map((j) => (
        <li key={j.id}>
          <button
            type="button"
            className="signin__juror"
            aria-label={t('signIn.pick', { name: j.name, role: t(`role_${j.role}`) })}
            onClick={() => onPick(j.id)}
          >
            <span className="signin__avatar" aria-hidden="true">
              {initials(j.name)}
            </span>
            <span className="signin__who">
              <span className="signin__name">{j.name}</span>
              <span className="signin__meta">
                {t(`role_${j.role}`)}
                {j.title ? ` · ${j.title}` : ''}
              </span>
            </span>
            {!j.hasPin ? <span className="badge badge--accent">{t('signIn.noPin')}</span> : null}
            {j.lockedUntil ? <span className="badge badge--warning">{t('signIn.locked')}</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}

type Result = { ok: true } | { ok: false; error: AppError };

function PinForm({
  juror,
  onBack,
  onSignedIn,
}: {
  juror: RosterEntry;
  onBack: () => void;
  onSignedIn: ((session: Session) => void) | undefined;
}) {
  const { t, i18n } = useTranslation('scoring');
  const setting = !juror.hasPin;
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(
    juror.lockedUntil
      ? t('signIn.lockedUntil', {
          time: new Date(juror.lockedUntil).toLocaleTimeString(i18n.language === 'en' ? 'en-GB' : 'id-ID'),
        })
      : null,
  );
  const pinRef = useRef<HTMLInputElement>(null);

  useEffect(() => pinRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!PIN_PATTERN.test(pin)) return fail(t('signIn.pinFormat'));
    if (setting && pin !== confirm) return fail(t('signIn.mismatch'));
    setBusy(true);
    const store = sessionStore.getState();
    const result: Result = setting ? await store.setPin(juror.id, pin, confirm) : await store.signIn(juror.id, pin);
    setBusy(false);
    if (result.ok) {
      const session = sessionStore.getState().session;
      if (session) onSignedIn?.(session);
      void store.refresh();
      return;
    }
    const fields = fieldErrors(result.error);
    fail(fields['confirm'] ?? fields['pin'] ?? result.error.message);
    if (result.error.code === 'rate_limited' || result.error.code === 'wrong_pin') void store.refresh();
  };

  function fail(message: string) {
    setError(message);
    setPin('');
    setConfirm('');
    pinRef.current?.focus();
  }

  const pinInput = (id: string, label: string, value: string, onChange: (v: string) => void, first: boolean) => (
    <div className={['field', error ? 'field--invalid' : ''].join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={first ? pinRef : undefined}
        className="input signin__pin"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={value}
        onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'signin-error' : 'signin-hint'}
      />
    </div>
  );

  return (
    <form className="signin__form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="signin__picked">
        <span className="signin__avatar" aria-hidden="true">
          {initials(juror.name)}
        </span>
        <span className="signin__who">
          <span className="signin__name">{juror.name}</span>
          <span className="signin__meta">{t(`role_${juror.role}`)}</span>
        </span>
      </div>
      {setting ? (
        <>
          <p className="signin__set-title">{t('signIn.setTitle')}</p>
          <p className="signin__intro">{t('signIn.setIntro')}</p>
          {pinInput('signin-pin', t('signIn.newPin'), pin, setPin, true)}
          {pinInput('signin-confirm', t('signIn.confirmPin'), confirm, setConfirm, false)}
        </>
      ) : (
        pinInput('signin-pin', t('signIn.pin'), pin, setPin, true)
      )}
      {error ? (
        <p className="signin__error" id="signin-error" role="alert">
          <Icon name="alert" size={16} />
          {error}
        </p>
      ) : (
        <p className="field__hint" id="signin-hint">
          {t('signIn.pinHint')}
        </p>
      )}
      <div className="signin__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('signIn.busy') : setting ? t('signIn.setSubmit') : t('signIn.submit')}
        </Button>
        <Button variant="ghost" onClick={onBack}>
          {t('signIn.other')}
        </Button>
      </div>
    </form>
  );
}

/** "Keluar" beside the name of the juror signed in. */
export function SignedInBadge({ session }: { session: Session }) {
  const { t } = useTranslation('scoring');
  const signOut = sessionStore((s) => s.signOut);
  return (
    <div className="signin-badge">
      <span className="signin__avatar signin__avatar--sm" aria-hidden="true">
        {initials(session.name)}
      </span>
      <span className="signin-badge__who" data-testid="signed-in-juror">
        {t('signIn.signedInAs', { name: session.name, role: t(`role_${session.role}`) })}
      </span>
      <Button size="sm" variant="ghost" icon="logout" onClick={() => void signOut()}>
        {t('signIn.signOut')}
      </Button>
    </div>
  );
}

const TITLES = /^(prof|dr|drs|dra|ir|h|hj)\.?$/i;

function initials(name: string): string {
  const words = name
    .split(',')[0]
    ?.split(/\s+/)
    .filter((w) => w && !TITLES.test(w));
  return (words ?? [])
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}
