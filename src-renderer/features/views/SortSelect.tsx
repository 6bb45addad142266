// Sort field and direction as a compact control, for sorts that have no column (e.g. date added).
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../components/IconButton';

interface SortSelectProps<F extends string> {
  fields: readonly F[];
  labelOf: (field: F) => string;
  sort: { field: F; direction: 'asc' | 'desc' };
  onChange: (sort: { field: F; direction: 'asc' | 'desc' }) => void;
}

export function SortSelect<F extends string>({ fields, labelOf, sort, onChange }: SortSelectProps<F>) {
  const { t } = useTranslation();
  return (
    <div className="sort-select">
      <select
        className="filter-chip"
        aria-label={t('filters.sort')}
        value={sort.field}
        onChange={(e) => onChange({ ...sort, field: e.target.value as F })}
      >
        {fields.map((f) => (
          <option key={f} value={f}>
            {labelOf(f)}
          </option>
        ))}
      </select>
      <IconButton
        icon={sort.direction === 'asc' ? 'chevronUp' : 'chevronDown'}
        label={`${t('filters.sort')}: ${t(sort.direction === 'asc' ? 'filters.ascending' : 'filters.descending')}`}
        onClick={() =>
          onChange({
            ...sort,
            direction: sort.direction === 'asc' ? 'desc' : 'asc',
          })
        }
      />
    </div>
  );
}
