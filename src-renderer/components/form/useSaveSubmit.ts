// Submitting an entity form: save through the API, say so in a toast, hand the saved record back; a refusal
// from main lands on the fields it names (the same validation keys), anything else in an error toast.
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useToast } from '../useToast';
import { applyServerIssues } from './applyServerIssues';

export function useSaveSubmit<T extends FieldValues, Saved>(
  form: UseFormReturn<T>,
  options: {
    /** The input's key in the contract ("contact", "company"), to map main's issue paths to fields ('' if none). */
    issuePrefix: string;
    save: (values: T) => Promise<Saved>;
    successMessage: (saved: Saved) => string;
    onSaved: (saved: Saved) => void;
  },
) {
  const { t } = useTranslation();
  const toast = useToast();
  return form.handleSubmit(async (values) => {
    try {
      const saved = await options.save(values);
      toast.show({ message: options.successMessage(saved) });
      options.onSaved(saved);
    } catch (error) {
      if (!applyServerIssues(error, options.issuePrefix, form.setError)) {
        toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
      }
    }
  });
}
