// The filter bar above a list: text, tag, stage (people only), customer segment, city, country, "no activity in
// N days", a sort choice for what has no column, and "Save view".
import type { LifecycleStage } from '@shared/domain/contact';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useFormat } from '../../i18n/useFormat';
import { formatCountry } from '../../i18n/format';
import { INACTIVE_DAY_CHOICES, type ListFilter, isFiltered } from './listFilter';
import { StageFilter } from './StageFilter';
import { SegmentFilter } from '../customers/SegmentFilter';

interface FilterBarProps {
  filter: ListFilter;
  onChange: (filter: ListFilter) => void;
  facets: { tags: string[]; cities: string[]; countries: string[] } | undefined;
  withStages: boolean;
  onSaveView: () => void;
}

export function FilterBar({ filter, onChange, facets, withStages, onSaveView }: FilterBarProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [text, setText] = useState(filter.text ?? '');
  const debouncedText = useDebouncedValue(text, 200);

  useEffect(() => {
    if ((filter.text ?? '') !== debouncedText) onChange({ ...filter, text: debouncedText });
    // Only the debounced text drives this; the filter itself is read fresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedText]);
  // A saved view opened elsewhere replaces the filter: show its text.
  const filterText = filter.text ?? '';
  const [seenFilterText, setSeenFilterText] = useState(filterText);
  if (filterText !== seenFilterText) {
    setSeenFilterText(filterText);
    if (filterText !== debouncedText) setText(filterText);
  }

  const set = (patch: Partial<ListFilter>) => onChange({ ...filter, text, ...patch });

  return (
    <div className="filter-bar" role="search" aria-label={t('filters.label')}>
      <div className="filter-search">
        <Icon name="filter" />
        <input
          type="search"
          className="filter-text"
          aria-label={t('filters.text')}
          placeholder={withStages ? t('filters.textPlaceholder') : t('filters.companyTextPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <select
        className={`filter-chip ${filter.tags?.length ? 'is-set' : ''}`}
        aria-label={t('filters.tag')}
        value={filter.tags?.[0] ?? ''}
        onChange={(e) => set({ tags: e.target.value ? [e.target.value] : [] })}
      >
        <option value="">{t('filters.anyTag')}</option>
        {facets?.tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
      {withStages && (
        <StageFilter value={filter.lifecycle ?? []} onChange={(lifecycle: LifecycleStage[]) => set({ lifecycle })} />
      )}
      <SegmentFilter value={filter.segments ?? []} onChange={(segments) => set({ segments })} />
      <select
        className={`filter-chip ${filter.city ? 'is-set' : ''}`}
        aria-label={t('filters.city')}
        value={filter.city ?? ''}
        onChange={(e) => set({ city: e.target.value })}
      >
        <option value="">{t('filters.city')}</option>
        {facets?.cities.map((city) => (
          <option key={city} value={city}>
            {city}
          </option>
        ))}
      </select>
      <select
        className={`filter-chip ${filter.country ? 'is-set' : ''}`}
        aria-label={t('filters.country')}
        value={filter.country ?? ''}
        onChange={(e) => set({ country: e.target.value })}
      >
        <option value="">{t('filters.country')}</option>
        {facets?.countries.map((code) => (
          <option key={code} value={code}>
            {formatCountry(code, locale)}
          </option>
        ))}
      </select>
      <select
        className={`filter-chip ${filter.inactiveDays ? 'is-set' : ''}`}
        aria-label={t('filters.inactiveDays')}
        value={filter.inactiveDays ?? ''}
        onChange={(e) =>
          set({
            inactiveDays: e.target.value ? Number(e.target.value) : undefined,
          })
        }
      >
        <option value="">
          {t('filters.inactive')}: {t('filters.anyActivity')}
        </option>
        {INACTIVE_DAY_CHOICES.map((days) => (
          <option key={days} value={days}>
            {t('filters.inactive')} {t('filters.days', { count: days })}
          </option>
        ))}
      </select>
      <div className="filter-actions">
        {isFiltered({ ...filter, text }) && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              setText('');
              onChange({});
            }}
          >
            {t('filters.clear')}
          </Button>
        )}
        <Button variant="ghost" size="sm" icon="bookmark" onClick={onSaveView}>
          {t('filters.saveView')}
        </Button>
      </div>
    </div>
  );
}
