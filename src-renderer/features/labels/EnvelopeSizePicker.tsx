// The envelope sizes as radio cards: each with its name, its size in millimetres and inches (the unit it is
// defined in first, short side first as on the box) and what it holds, beside a small outline to scale.
import { ENVELOPE_SIZES, ENVELOPES, type EnvelopeSize } from '@shared/labels/envelopes';
import { MM_PER_INCH } from '@shared/labels/sheets';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';

/** #10 is an inch size; the others are ISO sizes in whole millimetres. */
const INCH_SIZES: ReadonlySet<EnvelopeSize> = new Set(['us10']);
const EIGHTHS = ['', '⅛', '¼', '⅜', '½', '⅝', '¾', '⅞'];
const WIDEST = Math.max(...ENVELOPE_SIZES.map((s) => ENVELOPES[s].pageWidth));
const TALLEST = Math.max(...ENVELOPE_SIZES.map((s) => ENVELOPES[s].pageHeight));

export function EnvelopeSizePicker({ size, onChange }: { size: EnvelopeSize; onChange: (size: EnvelopeSize) => void }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  /** Inches as on the box: eighths as fractions (4⅛), otherwise two decimals. */
  const inches = (mm: number) => {
    const value = mm / MM_PER_INCH;
    const eighths = Math.round(value * 8);
    if (Math.abs(value * 8 - eighths) > 1e-6) return number(Math.round(value * 100) / 100);
    const whole = Math.floor(eighths / 8);
    return `${whole}${EIGHTHS[eighths % 8]}`;
  };
  const dimensions = (s: EnvelopeSize) => {
    const { pageWidth, pageHeight } = ENVELOPES[s];
    const mm = t('mailingLabels.envelopes.size.mm', {
      width: number(Math.round(pageHeight)),
      height: number(Math.round(pageWidth)),
    });
    const inch = t('mailingLabels.envelopes.size.inches', { width: inches(pageHeight), height: inches(pageWidth) });
    return INCH_SIZES.has(s) ? [inch, mm] : [mm, inch];
  };
  return (
    <fieldset className="envelopes-sizes">
      <legend className="visually-hidden">{t('mailingLabels.envelopes.size.heading')}</legend>
      {ENVELOPE_SIZES.map((s) => {
        const { pageWidth, pageHeight } = ENVELOPES[s];
        const [primary, secondary] = dimensions(s);
        return (
          <label key={s} className={`envelopes-size ${s === size ? 'is-checked' : ''}`}>
            <input type="radio" name="envelope-size" checked={s === size} onChange={() => onChange(s)} />
            <svg
              className="envelopes-size-shape"
              viewBox={`0 0 ${WIDEST} ${TALLEST}`}
              preserveAspectRatio="xMinYMax meet"
              aria-hidden="true"
            >
              <rect x={0.75} y={TALLEST - pageHeight + 0.75} width={pageWidth - 1.5} height={pageHeight - 1.5} rx={4} />
            </svg>
            <span className="envelopes-size-text">
              <strong>{t(`mailingLabels.envelopes.size.names.${s}`)}</strong>
              <span className="small">{primary}</span>
              <span className="muted small">{secondary}</span>
              <span className="field-hint">{t(`mailingLabels.envelopes.size.uses.${s}`)}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
