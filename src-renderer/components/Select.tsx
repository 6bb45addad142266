// A native select inside a labelled Field (native: keyboard, screen readers and OS look for free).
import type { Ref, SelectHTMLAttributes } from 'react';
import { Field } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: readonly SelectOption[];
  error?: string;
  hint?: string;
  hideLabel?: boolean;
  fieldClassName?: string;
  ref?: Ref<HTMLSelectElement>;
}

export function Select({ label, options, error, hint, hideLabel, fieldClassName, className, ...rest }: SelectProps) {
  return (
    <Field label={label} error={error} hint={hint} hideLabel={hideLabel} className={fieldClassName}>
      <select className={`input select ${className ?? ''}`} {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
