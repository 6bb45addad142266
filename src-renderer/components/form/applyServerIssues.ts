// Puts main's validation issues ("contact.emails.0.value": "validation.email") under the matching fields.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/ApiError';

/** Returns true when the error was a field-level one that is now shown in the form. */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  prefix: string,
  setError: UseFormSetError<T>,
): boolean {
  if (!(error instanceof ApiError) || error.issues.length === 0) return false;
  let applied = false;
  for (const issue of error.issues) {
    // No prefix: the method's input is the form itself ("refunded").
    if (prefix !== '' && !issue.path.startsWith(`${prefix}.`)) continue;
    setError((prefix === '' ? issue.path : issue.path.slice(prefix.length + 1)) as Path<T>, {
      type: 'server',
      message: issue.message,
    });
    applied = true;
  }
  return applied;
}
