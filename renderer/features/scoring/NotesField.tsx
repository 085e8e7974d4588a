import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../ui/Field';
import { useNote, useScoringActions } from './scoring.store';
import { timeText } from './sheet-model';

const DEBOUNCE_MS = 600;

/** The juror's notes on one nominee: saved 600 ms after the last keystroke, and on leaving the field. */
export function NotesField({ nomineeId, readOnly }: { nomineeId: string; readOnly: boolean }) {
  const { t, i18n } = useTranslation('scoring');
  const { text, save } = useNote(nomineeId);
  const { note } = useScoringActions();
  const [draft, setDraft] = useState(text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    pending.current = null;
    if (value !== null) void note(nomineeId, value);
  };

  // Leaving the nominee (or the screen) saves what is still waiting.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      const value = pending.current;
      if (value !== null) void note(nomineeId, value);
    },
    [nomineeId, note],
  );

  const status =
    save?.status === 'saving'
      ? t('status.saving')
      : save?.status === 'saved'
        ? t('grid.savedAt', { time: timeText(save.savedAt, i18n.language) })
        : save?.status === 'error'
          ? save.message
          : undefined;

  return (
    <div className="sc-notes">
      <TextArea
        label={t('nominee.notes')}
        hint={readOnly ? t('nominee.notesLocked') : (status ?? t('nominee.notesHint'))}
        error={save?.status === 'error' ? save.message : undefined}
        value={draft}
        readOnly={readOnly}
        rows={5}
        maxLength={10000}
        onChange={(value) => {
          setDraft(value);
          pending.current = value;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, DEBOUNCE_MS);
        }}
        onBlur={flush}
      />
    </div>
  );
}
