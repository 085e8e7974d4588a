import { useTranslation } from 'react-i18next';
import type { Progress } from '../../../shared/judging/judging.schema';

/** "12 / 20 sel" with a bar; a native <progress> so screen readers announce it. */
export function ProgressBar({ progress, label, testId }: { progress: Progress; label: string; testId?: string }) {
  const { t } = useTranslation('scoring');
  const complete = progress.due > 0 && progress.done === progress.due;
  return (
    <div className={['sc-progress', complete ? 'sc-progress--complete' : ''].join(' ')} data-testid={testId}>
      <progress max={Math.max(progress.due, 1)} value={progress.done} aria-label={label} />
      <span className="sc-progress__text">
        {t('progress', { done: progress.done, due: progress.due })}
        {complete ? ` · ${t('complete')}` : ''}
      </span>
    </div>
  );
}
