import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Province } from '../../../shared/regions/regions.schema';

interface Props {
  provinces: Province[];
  value: string | null;
  onChange: (code: string) => void;
}

const normalise = (s: string) => s.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();

/** A searchable province select: type part of a name or code, pick with the mouse or arrows + Enter. */
export function ProvinceCombobox({ provinces, value, onChange }: Props) {
  const { t } = useTranslation('nominees');
  const id = useId();
  const listId = `${id}-list`;
  const selected = provinces.find((p) => p.code === value);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = query ?? selected?.name ?? '';

  const matches = useMemo(() => {
    const q = normalise(query ?? '');
    if (!q) return provinces;
    return provinces.filter((p) => normalise(p.name).includes(q) || p.code.startsWith(q));
  }, [provinces, query]);

  const choose = (p: Province | undefined) => {
    if (!p) return;
    onChange(p.code);
    setQuery(null);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(Math.max(a + step, 0), Math.max(matches.length - 1, 0)));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      choose(matches[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setQuery(null);
    }
  };

  return (
    <div className="field nom-combo">
      <label className="field__label" htmlFor={id}>
        {t('province')}
      </label>
      <input
        id={id}
        className="input"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${id}-opt-${matches[active].code}` : undefined}
        placeholder={t('provincePlaceholder')}
        value={text}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={(e) => {
          e.target.select();
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={t('province')} className="nom-combo-list">
          {matches.length === 0 && <li className="nom-combo-empty">{t('noProvinceMatch')}</li>}
          {matches.map((p, i) => (
            <li
              key={p.code}
              id={`${id}-opt-${p.code}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'nom-combo-option is-active' : 'nom-combo-option'}
              // mousedown, not click: the input's blur would close the list first
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="nom-code">{p.code}</span> {p.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
