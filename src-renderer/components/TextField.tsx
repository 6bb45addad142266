// A text input inside a labelled Field; forwards everything (react-hook-form's register included).
import type { InputHTMLAttributes, Ref } from 'react';
import { Field } from './Field';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string;
  hint?: string;
  hideLabel?: boolean;
  fieldClassName?: string;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, error, hint, hideLabel, fieldClassName, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} hideLabel={hideLabel} className={fieldClassName}>
      <input className={`input ${className ?? ''}`} {...input} />
    </Field>
  );
}
