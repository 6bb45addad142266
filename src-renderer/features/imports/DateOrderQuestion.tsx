// Dates like 03/04/2024 can be read two ways; when the file has such dates (and no date that settles it), ask.
import type { DATE_ORDERS } from '@shared/validation/importSettings';
import { useTranslation } from 'react-i18next';

type DateOrder = (typeof DATE_ORDERS)[number];
const ORDERS = ['mdy', 'dmy', 'ymd'] as const;

export function DateOrderQuestion({ value, onChange }: { value: DateOrder; onChange: (order: DateOrder) => void }) {
  const { t } = useTranslation();
  return (
    <section className="review-section date-order" aria-labelledby="import-date-order-title">
      <h3 id="import-date-order-title">{t('imports.dates.title')}</h3>
      <fieldset className="policy-choices">
        <legend className="field-label">{t('imports.dates.question')}</legend>
        {ORDERS.map((order) => (
          <label key={order} className={`policy-choice ${value === order ? 'is-checked' : ''}`}>
            <input type="radio" name="import-date-order" checked={value === order} onChange={() => onChange(order)} />
            <span>
              <strong>{t(`imports.dates.${order}`)}</strong>
              <span className="muted small">{t(`imports.dates.${order}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
