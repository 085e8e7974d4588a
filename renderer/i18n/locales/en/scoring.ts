import type { LocaleShape } from '../../i18n';
import type { scoring as id } from '../id/scoring';

export const scoring: LocaleShape<typeof id> = {
  title: 'My score sheets',
  intro: 'Score each nominee per criterion. Every score is saved at once.',
  role_ketua: 'Chair',
  role_sekretaris: 'Secretary',
  role_anggota: 'Member',
  signIn: {
    title: 'Sign in as a juror',
    intro: 'Pick your name, then enter your PIN. You can only see and change your own scores.',
    roster: 'Juror name',
    noJurors: 'This award has no jurors yet. The secretariat adds them under Jury.',
    noPin: 'no PIN yet',
    locked: 'temporarily locked',
    pick: 'Sign in as {{name}} ({{role}})',
    pin: 'PIN',
    pinHint: '4–8 digits.',
    submit: 'Sign in',
    busy: 'Checking…',
    other: 'Not you? Pick another name',
    setTitle: 'Create your PIN',
    setIntro:
      'This is your first sign-in. Choose a PIN of 4–8 digits and remember it: you need it to sign in and to submit your score sheets.',
    newPin: 'New PIN',
    confirmPin: 'Repeat the new PIN',
    setSubmit: 'Save PIN and sign in',
    pinFormat: 'The PIN must be 4–8 digits.',
    mismatch: 'The two PINs differ.',
    lockedUntil: 'Too many wrong PINs. Try again after {{time}}.',
    signedInAs: '{{name}} · {{role}}',
    signOut: 'Sign out',
  },
};
