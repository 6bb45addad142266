// Rows that match someone already in Rapport, or an earlier row of the same file, and what to do with them.
import type { DuplicatePolicy, ImportDuplicate } from '@shared/import/importReport';
import { DUPLICATE_POLICIES } from '@shared/import/importReport';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';

const SHOWN = 200;

interface DuplicatesSectionProps {
  duplicates: readonly ImportDuplicate[];
  policy: DuplicatePolicy;
  onPolicy: (policy: DuplicatePolicy) => void;
}

export function DuplicatesSection({ duplicates, policy, onPolicy }: DuplicatesSectionProps) {
  const { t } = useTranslation();
  const { number } = useFormat();
  return (
    <section className="review-section" aria-labelledby="import-duplicates-title">
      <h3 id="import-duplicates-title">{t('imports.review.duplicates', { count: duplicates.length })}</h3>
      <fieldset className="policy-choices">
        <legend className="field-label">{t('imports.review.policy')}</legend>
        {DUPLICATE_POLICIES.map((p) => (
          <label key={p} className={`policy-choice ${policy === p ? 'is-checked' : ''}`}>
            <input type="radio" name="import-duplicates" checked={policy === p} onChange={() => onPolicy(p)} />
            <span>
              <strong>{t(`imports.policies.${p}`)}</strong>
              <span className="muted small">{t(`imports.policies.${p}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <ul className="duplicate-list">
        {duplicates.slice(0, SHOWN).map((d) => (
          <li key={`${d.row}-${d.existingId ?? d.earlierRow}`}>
            <span className="tabular muted">{t('imports.review.rowN', { row: number(d.row) })}</span>
            <span>
              {d.existingId !== null ? (
                <>
                  {t('imports.review.sameAsExisting')} <a href={`#/contacts/${d.existingId}`}>{d.existingName}</a>
                </>
              ) : (
                t('imports.review.sameAsRow', { row: number(d.earlierRow ?? 0), name: d.existingName })
              )}
            </span>
            <span className="badge">{t(`imports.review.reason.${d.reason}`)}</span>
          </li>
        ))}
      </ul>
      {duplicates.length > SHOWN && (
        <p className="muted small">{t('imports.review.moreDuplicates', { count: duplicates.length - SHOWN })}</p>
      )}
    </section>
  );
}
