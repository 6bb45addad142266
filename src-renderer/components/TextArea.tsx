// A multi-line text input inside a labelled Field.
import type { Ref, TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  error?: string;
  hint?: string;
  fieldClassName?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextArea({ label, error, hint, fieldClassName, className, ...rest }: TextAreaProps) {
  return (
    <Field label={label} error={error} hint={hint} className={fieldClassName}>
      <textarea className={`input textarea ${className ?? ''}`} {...rest} />
    </Field>
  );
}
