// A measurement of a label sheet: a number box with its unit beside it, inside a labelled Field. A problem with
// the sheet as a whole that names this field (shown beside the drawing) marks the box invalid and describes it.
import type { InputHTMLAttributes, Ref } from 'react';
import { Field } from '../../components/Field';

interface MeasureFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** "mm", "in"; none for a count. */
  unit?: string;
  error?: string;
  hint?: string;
  /** The id of a message elsewhere that says what is wrong with this measurement. */
  problemId?: string;
  fieldClassName?: string;
  ref?: Ref<HTMLInputElement>;
}

export function MeasureField({ label, unit, error, hint, problemId, fieldClassName, ...input }: MeasureFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={`labels-measure ${fieldClassName ?? ''}`}>
      <MeasureBox unit={unit} problemId={problemId} {...input} />
    </Field>
  );
}

/** The input and its unit; Field hands it the id and aria attributes, which go on the input itself. */
function MeasureBox({
  unit,
  problemId,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { unit?: string; problemId?: string; ref?: Ref<HTMLInputElement> }) {
  return (
    <div className="labels-measure-box">
      <input
        className="input"
        type="number"
        inputMode={unit ? 'decimal' : 'numeric'}
        step="any"
        min={0}
        autoComplete="off"
        aria-invalid={invalid ?? (problemId ? true : undefined)}
        aria-describedby={[describedBy, problemId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
      {unit && (
        <span className="labels-measure-unit" aria-hidden="true">
          {unit}
        </span>
      )}
    </div>
  );
}
