import { useState, type DragEvent, type ReactNode } from 'react';
import { Card } from './Card';
import { Icon } from './Icon';
import './file-drop.css';

export interface FileDropCardProps {
  title: ReactNode;
  description?: ReactNode;
  /** Extra class of the card. */
  className?: string;
  /** Extra class of the drop zone (the feature's hook for its page model). */
  dropClassName?: string;
  /** The zone's bold label, e.g. "Berkas surat suara". */
  label: ReactNode;
  /** The line under it: "drop here…" or what is being read now. */
  hint: ReactNode;
  /** The text of the choose button. */
  chooseLabel: ReactNode;
  /** The file picker's filter, e.g. SPREADSHEET_ACCEPT. */
  accept: string;
  disabled: boolean;
  /** The name of the file last read, shown under the button. */
  fileName?: string | null | undefined;
  /** Shown at the foot of the zone, e.g. why it is disabled. */
  footer?: ReactNode;
  /** One file, chosen or dropped; checking and reading it is the caller's. */
  onFile: (file: File) => void;
}

/** A card whose body is one file drop zone: drag a file onto it, or click it to choose one. */
export function FileDropCard({
  title,
  description,
  className,
  dropClassName,
  label,
  hint,
  chooseLabel,
  accept,
  disabled,
  fileName,
  footer,
  onFile,
}: FileDropCardProps) {
  const [over, setOver] = useState(false);
  const take = (file: File | undefined) => {
    if (file && !disabled) onFile(file);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    <Card className={['file-drop-card', className].filter(Boolean).join(' ')} title={title} description={description}>
      <label
        className={['file-drop', 'file-drop--zone', dropClassName, over ? 'is-over' : '', disabled ? 'is-disabled' : '']
          .filter(Boolean)
          .join(' ')}
        onDragOver={(e) => {
          e.preventDefault();
          if (!disabled) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Icon name="upload" size={24} />
        <span className="file-drop__label">{label}</span>
        <span className="file-drop__hint">{hint}</span>
        <span
          className={['btn', 'btn--secondary', 'btn--md', disabled ? 'is-disabled' : ''].filter(Boolean).join(' ')}
          aria-hidden="true"
        >
          {chooseLabel}
        </span>
        {fileName ? <span className="file-drop__file">{fileName}</span> : null}
        <input
          className="visually-hidden"
          type="file"
          accept={accept}
          disabled={disabled}
          onChange={(e) => {
            take(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        {footer ? <span className="field__hint">{footer}</span> : null}
      </label>
    </Card>
  );
}
