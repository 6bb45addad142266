// Ctrl/Cmd+K: search people and companies as you type. Arrow keys move, Enter opens the selected (first)
// result — even if pressed before the answer for the last keystroke has arrived.
import type { SearchHit } from '@shared/domain/search';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';

const pathOf = (hit: SearchHit) => `/${hit.entityType === 'contact' ? 'contacts' : 'companies'}/${hit.id}`;

export function SearchPalette({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listId = useId();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<{ q: string; hits: SearchHit[] }>({
    q: '',
    hits: [],
  });
  const [active, setActive] = useState(0);
  const latest = useRef(0);
  const enterPending = useRef(false);

  const open = (hit: SearchHit) => {
    onClose();
    void navigate(pathOf(hit));
  };

  useEffect(() => {
    const query = q.trim();
    const mine = ++latest.current;
    if (query === '') return;
    api.search.global({ q: query, limit: 50 }).then(
      (hits) => {
        if (mine !== latest.current) return; // a newer keystroke already asked again
        setResults({ q, hits });
        setActive(0);
        if (enterPending.current) {
          enterPending.current = false;
          if (hits[0]) open(hits[0]);
        }
      },
      () => mine === latest.current && setResults({ q, hits: [] }),
    );
    // open() only closes and navigates; it need not retrigger the search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);

  const empty = q.trim() === '';
  const fresh = empty || results.q === q;
  // While a newer answer is on its way, the previous results stay (no flicker between keystrokes).
  const hits = empty ? [] : results.hits;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      const hit = hits[active];
      if (fresh && hit) open(hit);
      else if (!fresh && q.trim() !== '') enterPending.current = true; // open the first hit once it arrives
    }
  };

  return (
    <Dialog title={t('search.title')} onClose={onClose} hideTitle className="palette" size="md">
      <div className="palette-input">
        <Icon name="search" size={18} />
        <input
          role="combobox"
          aria-label={t('search.title')}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
          placeholder={t('search.placeholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
      </div>
      <ul id={listId} role="listbox" aria-label={t('search.results')} className="palette-results">
        {hits.map((hit, index) => (
          <li
            key={`${hit.entityType}-${hit.id}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'is-active' : undefined}
            onMouseMove={() => setActive(index)}
            onClick={() => open(hit)}
          >
            <span className={`palette-icon palette-${hit.entityType}`} aria-hidden="true">
              <Icon name={hit.entityType === 'contact' ? 'person' : 'company'} />
            </span>
            <span className="palette-text">
              <span className="palette-title">{hit.title}</span>
              {hit.subtitle && <span className="palette-subtitle">{hit.subtitle}</span>}
            </span>
            <span className="palette-kind">
              {hit.entityType === 'contact' ? t('search.person') : t('search.company')}
            </span>
          </li>
        ))}
      </ul>
      {q.trim() === '' ? (
        <p className="palette-hint">{t('search.hint')}</p>
      ) : (
        fresh && hits.length === 0 && <p className="palette-hint">{t('search.noResults', { q: q.trim() })}</p>
      )}
      <footer className="palette-footer">{t('search.navigate')}</footer>
    </Dialog>
  );
}
