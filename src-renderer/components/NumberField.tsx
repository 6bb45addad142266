// A whole-number (or decimal) field kept within a range: what is typed is shown as typed, and every valid value
// is passed on, clamped; leaving the field shows the value in use.
import { useState } from 'react';
import { TextField } from './TextField';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
  fieldClassName?: string;
}

export function NumberField({ label, value, min, max, step = 1, onChange, fieldClassName }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <TextField
      type="number"
      inputMode={step < 1 ? 'decimal' : 'numeric'}
      label={label}
      min={min}
      max={max}
      step={step}
      fieldClassName={fieldClassName}
      value={draft ?? String(value)}
      onChange={(e) => {
        setDraft(e.target.value);
        const n = e.target.valueAsNumber;
        if (Number.isFinite(n)) onChange(Math.min(max, Math.max(min, step < 1 ? n : Math.round(n))));
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
