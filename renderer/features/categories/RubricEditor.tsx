import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, IconButton } from '../../ui/Button';
import type { LevelDraft } from './criterion-draft';

interface RubricEditorProps {
  levels: LevelDraft[];
  onChange: (levels: LevelDraft[]) => void;
  onFillStandard: () => void;
  /** Errors by path within the criterion (`rubric.0.min`). */
  errorOf: (path: string) => string | undefined;
}

function Cell({
  label,
  value,
  onChange,
  error,
  numeric = false,
  wide = false,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
  numeric?: boolean;
  wide?: boolean;
}) {
  const id = useId();
  const Control = wide ? 'textarea' : 'input';
  return (
    <div className={['rubric__cell', wide ? 'rubric__cell--wide' : ''].join(' ')}>
      <label className="rubric__label" htmlFor={id}>
        {label}
      </label>
      <Control
        id={id}
        className={wide ? 'input input--area rubric__descriptor' : 'input'}
        rows={wide ? 2 : undefined}
        value={value}
        inputMode={numeric ? 'decimal' : undefined}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The rubric levels of a judged criterion: label, score range and descriptor per level. */
export function RubricEditor({ levels, onChange, onFillStandard, errorOf }: RubricEditorProps) {
  const { t } = useTranslation('categories');
  const update = (index: number, patch: Partial<LevelDraft>) =>
    onChange(levels.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  return (
    <fieldset className="rubric">
      <legend className="field__label">{t('editor.rubric')}</legend>
      <p className="field__hint">{t('editor.rubricHint')}</p>
      {levels.length === 0 ? <p className="rubric__empty">{t('editor.rubricEmpty')}</p> : null}
      <ol className="rubric__levels">
        {levels.map((level, i) => (
          <li key={i} className="rubric__level" aria-label={t('editor.level', { n: i + 1 })}>
            <span className="rubric__index" aria-hidden="true">
              {i + 1}
            </span>
            <Cell
              label={t('editor.levelLabel')}
              value={level.label}
              onChange={(label) => update(i, { label })}
              error={errorOf(`rubric.${i}.label`)}
            />
            <Cell
              label={t('editor.levelMin')}
              numeric
              value={level.min}
              onChange={(min) => update(i, { min })}
              error={errorOf(`rubric.${i}.min`)}
            />
            <Cell
              label={t('editor.levelMax')}
              numeric
              value={level.max}
              onChange={(max) => update(i, { max })}
              error={errorOf(`rubric.${i}.max`)}
            />
            <IconButton
              icon="trash"
              variant="danger"
              className="rubric__remove"
              label={t('editor.removeLevel', { n: i + 1 })}
              onClick={() => onChange(levels.filter((_, j) => j !== i))}
            />
            <Cell
              label={t('editor.levelDescriptor')}
              wide
              value={level.descriptor}
              onChange={(descriptor) => update(i, { descriptor })}
              error={errorOf(`rubric.${i}.descriptor`)}
            />
          </li>
        ))}
      </ol>
      <div className="toolbar">
        <Button
          size="sm"
          icon="plus"
          onClick={() => onChange([...levels, { label: '', min: '', max: '', descriptor: '' }])}
        >
          {t('editor.addLevel')}
        </Button>
        <Button size="sm" variant="ghost" icon="check" onClick={onFillStandard}>
          {t('editor.standardLevels')}
        </Button>
      </div>
    </fieldset>
  );
}
