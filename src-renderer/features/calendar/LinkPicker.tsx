// Adds who a calendar item concerns: type a name (pinyin, phone and email work, as in search), pick from the
// list. Uses the same search as Ctrl/⌘+K.
import type { EventLinkRef } from '@shared/domain/calendar';
import type { SearchHit } from '@shared/domain/search';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useDebouncedLookup } from '../../hooks/useDebouncedLookup';

export function LinkPicker({
  onPick,
  linked,
  only,
  label,
}: {
  onPick: (link: EventLinkRef) => void;
  linked: EventLinkRef[];
  /** Offer only people (or only companies). */
  only?: 'contact' | 'company';
  label?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const listId = useId();
  const hits = useDebouncedLookup<SearchHit>(text.trim(), (q) => api.search.global({ q, limit: 8 }), {
    skip: (q) => q === '',
    delayMs: 150,
  }).filter(
    (h) =>
      (only === undefined || h.entityType === only) &&
      !linked.some((l) => l.entityType === h.entityType && l.entityId === h.id),
  );
  const pick = (hit: SearchHit) => {
    onPick({ entityType: hit.entityType, entityId: hit.id, name: hit.title });
    setText('');
  };
  return (
    <div className="link-picker">
      <input
        className="input"
        type="search"
        aria-label={label ?? t('calendar.addLink')}
        placeholder={label ?? t('calendar.addLink')}
        aria-controls={listId}
        aria-expanded={hits.length > 0}
        role="combobox"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0]) {
            e.preventDefault();
            pick(hits[0]);
          }
        }}
      />
      {hits.length > 0 && (
        <ul id={listId} role="listbox" className="link-picker-list" aria-label={label ?? t('calendar.addLink')}>
          {hits.map((hit) => (
            <li
              key={`${hit.entityType}-${hit.id}`}
              role="option"
              aria-selected={false}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
            >
              <span>{hit.title}</span>
              {hit.subtitle && <span className="muted"> · {hit.subtitle}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
