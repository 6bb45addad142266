// One RFM score as five small steps, with what it measures on hover and for screen readers.
import { useTranslation } from 'react-i18next';

export function ScoreMeter({ measure, score }: { measure: 'r' | 'f' | 'm'; score: number }) {
  const { t } = useTranslation();
  const name = t(`customerValue.measures.${measure}`);
  const help = t(`customerValue.measureHelp.${measure}`);
  const valueText = t('customerValue.score', { score });
  return (
    <li className="score-row" title={help}>
      <span className="score-row-name">{name}</span>
      <span
        className="score-meter"
        role="meter"
        aria-label={name}
        aria-valuemin={1}
        aria-valuemax={5}
        aria-valuenow={score}
        aria-valuetext={`${valueText} · ${help}`}
      >
        {[1, 2, 3, 4, 5].map((step) => (
          <span key={step} className={`score-meter-step ${step <= score ? 'is-on' : ''}`} />
        ))}
      </span>
      <span className="score-row-value" aria-hidden="true">
        {valueText}
      </span>
    </li>
  );
}
