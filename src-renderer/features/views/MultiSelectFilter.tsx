// A filter chip that opens a small popover of checkboxes: any number of choices (lifecycle stages, segments),
// none meaning "any". Closes on a click outside or Escape.
import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { usePopover } from '../../components/usePopover';

interface MultiSelectFilterProps<T extends string> {
  /** What is filtered on ("Stage"): the group's name and the start of the chip's accessible name. */
  name: string;
  options: readonly T[];
  value: T[];
  onChange: (value: T[]) => void;
  labelOf: (option: T) => string;
  /** The chip's text when nothing is chosen ("Any stage"). */
  anyLabel: string;
  /** The chip's text when several are chosen ("3 stages"). */
  countLabel: (count: number) => string;
  /** A mark before each option (a coloured dot). */
  markOf?: (option: T) => ReactNode;
}

export function MultiSelectFilter<T extends string>({
  name,
  options,
  value,
  onChange,
  labelOf,
  anyLabel,
  countLabel,
  markOf,
}: MultiSelectFilterProps<T>) {
  const { open, setOpen, root, panelId } = usePopover();

  const label = value.length === 0 ? anyLabel : value.length === 1 ? labelOf(value[0]!) : countLabel(value.length);

  return (
    <div className="popover-root" ref={root}>
      <button
        type="button"
        className={`filter-chip ${value.length ? 'is-set' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${name}: ${label}`}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <Icon name="chevronDown" size={13} />
      </button>
      {open && (
        <div id={panelId} className="popover" role="group" aria-label={name}>
          {options.map((option) => (
            <label key={option} className="checkbox popover-option">
              <input
                type="checkbox"
                checked={value.includes(option)}
                onChange={(e) => onChange(e.target.checked ? [...value, option] : value.filter((v) => v !== option))}
              />
              {markOf?.(option)}
              {labelOf(option)}
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
