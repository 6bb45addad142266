// A labelled form field wrapper: label above, hint or translated error below, wired with aria attributes.
import { type ReactElement, cloneElement, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  label: string;
  /** A validation message key ("validation.email") or plain text. */
  error?: string;
  hint?: string;
  hideLabel?: boolean;
  className?: string;
  children: ReactElement<{
    id?: string;
    'aria-invalid'?: boolean;
    'aria-describedby'?: string;
  }>;
}

export function Field({ label, error, hint, hideLabel, className, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const noteId = `${id}-note`;
  const note = error ? t(error) : hint;
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': note ? noteId : undefined,
      })}
      {note && (
        <p id={noteId} className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
          {note}
        </p>
      )}
    </div>
  );
}
