// The board's and list's filters: close period, tag, source and text.
import { CLOSE_PERIODS, EMPTY_DEAL_FILTER, type DealFilter } from '@shared/validation/deals';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { Button } from '../../../components/Button';
import { Select } from '../../../components/Select';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';

export function DealFilterBar({ filter, onChange }: { filter: DealFilter; onChange: (next: DealFilter) => void }) {
  const { t } = useTranslation();
  const facets = useApiQuery('deals.facets', () => api.deals.facets({}), ['deal']);
  const [text, setText] = useState(filter.q);
  const q = useDebouncedValue(text, 200);
  useEffect(() => {
    if (q.trim() !== filter.q) onChange({ ...filter, q: q.trim() });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  const changed = JSON.stringify(filter) !== JSON.stringify(EMPTY_DEAL_FILTER);
  return (
    <div className="deal-filters" role="group" aria-label={t('board.filters.label')}>
      <input
        className="input deal-filter-search"
        type="search"
        aria-label={t('board.filters.search')}
        placeholder={t('board.filters.search')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Select
        label={t('board.filters.closePeriod')}
        hideLabel
        value={filter.closePeriod}
        onChange={(e) => onChange({ ...filter, closePeriod: e.target.value as DealFilter['closePeriod'] })}
        options={CLOSE_PERIODS.map((p) => ({
          value: p,
          label: p === 'any' ? `${t('board.filters.closePeriod')}: ${t('board.filters.any')}` : t(`board.filters.${p}`),
        }))}
      />
      <Select
        label={t('board.filters.tag')}
        hideLabel
        value={filter.tag ?? ''}
        onChange={(e) => onChange({ ...filter, tag: e.target.value || null })}
        options={[
          { value: '', label: t('board.filters.allTags') },
          ...(facets.data?.tags ?? []).map((tag) => ({ value: tag, label: tag })),
        ]}
      />
      <Select
        label={t('board.filters.source')}
        hideLabel
        value={filter.source ?? ''}
        onChange={(e) => onChange({ ...filter, source: e.target.value || null })}
        options={[
          { value: '', label: t('board.filters.allSources') },
          ...(facets.data?.sources ?? []).map((s) => ({ value: s, label: s })),
        ]}
      />
      {changed && (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            setText('');
            onChange(EMPTY_DEAL_FILTER);
          }}
        >
          {t('board.filters.clear')}
        </Button>
      )}
    </div>
  );
}
