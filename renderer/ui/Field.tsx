import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  className?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

/** Label above, control, then hint or inline error; the control is described by both. */
function FieldFrame({ label, hint, error, required, className, children }: FieldFrameProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className].filter(Boolean).join(' ')}>
      <span className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {required ? (
          <span className="field__required" aria-hidden="true">
            *
          </span>
        ) : null}
      </span>
      {children({ id, describedBy })}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type Common = { label: ReactNode; hint?: ReactNode; error?: string | undefined; fieldClassName?: string };

export type TextFieldProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
    value: string;
    onChange: (value: string) => void;
  };

/** A labelled text input with hint and inline error (aria-invalid, aria-describedby). */
export function TextField({
  label,
  hint,
  error,
  fieldClassName,
  value,
  onChange,
  required,
  type = 'text',
  ...rest
}: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required} className={fieldClassName}>
      {({ id, describedBy }) => (
        <input
          id={id}
          className="input"
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}

/** A decimal input: accepts `30,5` and `30.5`; the caller parses with parseDecimal. */
export function NumberField(props: TextFieldProps) {
  return (
    <TextField
      inputMode="decimal"
      autoComplete="off"
      {...props}
      fieldClassName={['field--number', props.fieldClassName].filter(Boolean).join(' ')}
    />
  );
}

export type DateFieldProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

/** A date input holding `YYYY-MM-DD`, or null when empty. */
export function DateField({ value, onChange, ...rest }: DateFieldProps) {
  return <TextField {...rest} type="date" value={value ?? ''} onChange={(v) => onChange(v === '' ? null : v)} />;
}

export type TextAreaProps = Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function TextArea({
  label,
  hint,
  error,
  fieldClassName,
  value,
  onChange,
  required,
  rows = 3,
  ...rest
}: TextAreaProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required} className={fieldClassName}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          className="input input--area"
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}

export type SelectProps<V extends string> = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
    value: V;
    onChange: (value: V) => void;
    options: readonly { value: V; label: string }[];
  };

export function Select<V extends string>({
  label,
  hint,
  error,
  fieldClassName,
  value,
  onChange,
  options,
  required,
  ...rest
}: SelectProps<V>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required} className={fieldClassName}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className="input input--select"
          value={value}
          onChange={(e) => onChange(e.target.value as V)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...rest}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'checked' | 'type'> {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Checkbox({ label, checked, onChange, className, ...rest }: CheckboxProps) {
  return (
    <label className={['check', className].filter(Boolean).join(' ')}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} {...rest} />
      <span>{label}</span>
    </label>
  );
}

export interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  name: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string; hint?: string }[];
}

/** A fieldset of radio cards; arrow keys move between options natively. */
export function RadioGroup<V extends string>({ legend, name, value, onChange, options }: RadioGroupProps<V>) {
  return (
    <fieldset className="radio-group">
      <legend className="field__label">{legend}</legend>
      <div className="radio-group__options">
        {options.map((o) => (
          <label key={o.value} className={['radio-card', o.value === value ? 'radio-card--on' : ''].join(' ')}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            <span className="radio-card__text">
              <span className="radio-card__label">{o.label}</span>
              {o.hint ? <span className="radio-card__hint">{o.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
