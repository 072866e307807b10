/** Search by any name form with keyboard-navigable suggestions (ARIA combobox). */
import { useEffect, useId, useRef, useState } from 'react';
import { api, qs, type PlaceSearchItem, type Reply } from '../api';
import { AltName, NameText } from './ui';
import { useFormat } from '../format';

interface Props {
  label: string;
  onSelect: (place: PlaceSearchItem) => void;
  /** Only places that already have partnerships (the home search); pickers for data entry take any place. */
  withPartnerships?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
  hideLabel?: boolean;
  invalid?: boolean;
  describedBy?: string;
  inputId?: string;
  testId?: string;
  /** Only places of this country (ISO code), asked of the server. */
  country?: string;
  /** Only the suggestions that pass (such as foreign places for a partner). */
  filter?: (place: PlaceSearchItem) => boolean;
}

export default function PlaceSearch({
  label,
  onSelect,
  withPartnerships = true,
  placeholder,
  autoFocus,
  hideLabel,
  invalid,
  describedBy,
  inputId,
  testId,
  country,
  filter,
}: Props) {
  const f = useFormat();
  const generated = useId();
  const id = inputId ?? `search-${generated}`;
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [items, setItems] = useState<PlaceSearchItem[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [busy, setBusy] = useState(false);
  const [searched, setSearched] = useState('');
  const latest = useRef(0);
  // The filter is read when a reply comes, without searching again when the caller makes a new one.
  const keep = useRef(filter);
  keep.current = filter;

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      setItems([]);
      setSearched('');
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      setBusy(true);
      api<Reply<'/api/places'>>(
        `/api/places${qs({ q, country, withPartnerships: withPartnerships ? 'true' : undefined, limit: keep.current ? 16 : 8 })}`,
      )
        .then(
          (res) => {
            if (ticket !== latest.current) return;
            const found = (keep.current ? res.items.filter(keep.current) : res.items).slice(0, 8);
            setItems(found);
            setActive(found.length ? 0 : -1);
            setOpen(true);
            setSearched(q);
          },
          () => ticket === latest.current && setItems([]),
        )
        .finally(() => ticket === latest.current && setBusy(false));
    }, 180);
    return () => clearTimeout(timer);
  }, [text, withPartnerships, country]);

  const choose = (place: PlaceSearchItem) => {
    setOpen(false);
    setText('');
    setItems([]);
    onSelect(place);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(items.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter') {
      if (open && active >= 0 && items[active]) {
        e.preventDefault();
        choose(items[active]);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && text.trim() !== '' && searched !== '';
  return (
    <div className="combo" data-testid={testId}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'field-label'}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-busy={busy}
        placeholder={placeholder}
        value={text}
        autoFocus={autoFocus}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => items.length && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combo-list" hidden={!showList}>
        {items.length === 0 && showList && (
          <li className="combo-empty" role="option" aria-selected={false} aria-disabled="true">
            {f.t('search.noResults', { q: searched })}
          </li>
        )}
        {items.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(p);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="combo-name">
              <NameText of={p} /> <AltName of={p} className="muted" />
            </span>
            <span className="combo-meta">
              {f.country(p)} · {f.t(`kind.${p.kind}`)} · {f.t('search.ties', { count: p.partnerships })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
