/**
 * A searchable muscle picker (ARIA combobox with a listbox): type a name ("deltoid"), a root ("C8"),
 * a nerve ("ulnar") or a region ("lumbosacral"); every option shows the muscle's roots, nerve and
 * the region it counts for, from the engine's anatomy tables. Arrow keys move, Enter picks, Escape
 * closes.
 */
import type { DiagnosisSettings, MuscleEntry } from '@betz/engine';
import { DEFAULT_DIAGNOSIS_SETTINGS, MUSCLES, muscleRegion, NERVES } from '@betz/engine';
import { useId, useMemo, useRef, useState } from 'react';

/** A root typed alone ("c8", "L5", "cnxii") matches the muscles that root supplies. */
const ROOT_TOKEN = /^(c|t|l|s)\d{1,2}$|^cn[vix]+$/i;

/**
 * The muscles matching a query: every word must match a root exactly, or appear in the name, the
 * nerve or the region. Table order (rostral to caudal) is kept.
 */
export function searchMuscles(
  query: string,
  settings: Pick<DiagnosisSettings, 'accessoryMuscleRegion'> = DEFAULT_DIAGNOSIS_SETTINGS,
): MuscleEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...MUSCLES];
  return MUSCLES.filter((m) => {
    const text = `${m.name} ${m.id.toLowerCase()} ${NERVES[m.nerve].name} ${muscleRegion(m, settings)}`.toLowerCase();
    return words.every((w) => (ROOT_TOKEN.test(w) ? m.roots.some((r) => r.toLowerCase() === w) : text.includes(w)));
  });
}

export function rootsLabel(m: MuscleEntry): string {
  return m.roots.map((r) => (r === m.principalRoot && m.roots.length > 1 ? `${r}*` : r)).join(' ');
}

interface PickerProps {
  onPick(muscle: MuscleEntry): void;
  settings?: Partial<DiagnosisSettings> | undefined;
  label?: string;
}

export function EmgMusclePicker({ onPick, settings, label = 'Muscle' }: PickerProps) {
  const s = { ...DEFAULT_DIAGNOSIS_SETTINGS, ...settings };
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const region = s.accessoryMuscleRegion;
  const matches = useMemo(() => searchMuscles(query, { accessoryMuscleRegion: region }), [query, region]);
  const activeIndex = Math.min(active, matches.length - 1);
  const optionId = (i: number) => `${id}-opt-${i}`;

  const pick = (m: MuscleEntry | undefined) => {
    if (!m) return;
    onPick(m);
    setQuery('');
    setActive(0);
    setOpen(false);
    input.current?.focus();
  };

  const move = (delta: number) => {
    setOpen(true);
    setActive((a) => {
      const n = matches.length;
      if (n === 0) return 0;
      return (Math.min(a, n - 1) + delta + n) % n;
    });
  };

  return (
    <div className="field muscle-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && matches.length > 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${id}-hint`}
        placeholder="name, root (C8) or nerve"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            move(1);
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            move(-1);
          } else if (e.key === 'Enter') {
            if (open && matches.length > 0) {
              e.preventDefault();
              pick(matches[activeIndex]);
            }
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <span id={`${id}-hint`} className="hint">
        {matches.length} of {MUSCLES.length} muscles · * principal root
      </span>
      {open && (
        <div id={`${id}-list`} role="listbox" aria-label="Muscles" className="muscle-options">
          {matches.length === 0 && <p className="muted">no muscle matches “{query}”</p>}
          {matches.map((m, i) => (
            <div
              key={m.id}
              id={optionId(i)}
              role="option"
              tabIndex={-1}
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'active' : undefined}
              // Picked on mousedown so the input's blur does not close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(m);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="m-name">{m.name}</span>
              <span className="m-roots">{rootsLabel(m)}</span>
              <span className="m-nerve">{NERVES[m.nerve].name}</span>
              <span className="m-region">{muscleRegion(m, s)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
