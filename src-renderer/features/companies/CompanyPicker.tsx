// Choose a person's company: type to search companies (combobox), pick one, or remove it.
import type { CompanyListRow } from '@shared/domain/contact';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Avatar } from '../../components/Avatar';
import { IconButton } from '../../components/IconButton';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useFormat } from '../../i18n/useFormat';

export interface PickedCompany {
  id: number;
  name: string;
}

export function CompanyPicker({
  value,
  onChange,
}: {
  value: PickedCompany | null;
  onChange: (c: PickedCompany | null) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [options, setOptions] = useState<CompanyListRow[]>([]);
  const q = useDebouncedValue(text, 120);

  useEffect(() => {
    if (!open) return;
    let current = true;
    api.companies
      .list({
        filter: q.trim() ? { text: q.trim() } : {},
        sort: { field: 'name', direction: 'asc' },
        locale,
        offset: 0,
        limit: 8,
      })
      .then(
        (page) => {
          if (!current) return;
          setOptions(page.rows);
          setActive(0);
        },
        () => {},
      );
    return () => {
      current = false;
    };
  }, [q, open, locale]);

  const choose = (row: CompanyListRow) => {
    onChange({ id: row.id, name: row.name });
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      event.nativeEvent.stopImmediatePropagation();
      setOpen(false);
    }
  };

  return (
    <div className="field company-picker">
      <label htmlFor={id} className="field-label">
        {t('form.company')}
      </label>
      {value ? (
        <div className="picked input">
          <Avatar name={value.name} id={value.id} kind="company" />
          <span>{value.name}</span>
          <IconButton icon="close" label={t('form.clearCompany')} onClick={() => onChange(null)} />
        </div>
      ) : (
        <div className="combobox">
          <input
            id={id}
            className="input"
            role="combobox"
            aria-expanded={open && options.length > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={open && options[active] ? `${id}-opt-${options[active].id}` : undefined}
            placeholder={t('form.companyPlaceholder')}
            autoComplete="off"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onKeyDown={onKeyDown}
          />
          {open && (
            <ul id={`${id}-list`} role="listbox" className="combobox-list" aria-label={t('form.company')}>
              {options.map((row, index) => (
                <li
                  key={row.id}
                  id={`${id}-opt-${row.id}`}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'is-active' : undefined}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(row);
                  }}
                >
                  <Avatar name={row.name} id={row.id} kind="company" />
                  <span>{row.name}</span>
                  {row.city && <span className="muted">{row.city}</span>}
                </li>
              ))}
              {options.length === 0 && q.trim() !== '' && (
                <li className="combobox-empty" aria-disabled="true">
                  {t('form.noCompanyMatch', { q })}
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
