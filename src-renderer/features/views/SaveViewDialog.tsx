// Asks for a name and saves the current filter + sort as a view.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';

interface SaveViewDialogProps {
  onSave: (name: string) => Promise<void>;
  onClose: () => void;
}

export function SaveViewDialog({ onSave, onClose }: SaveViewDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setError('validation.required');
    await onSave(name.trim());
    onClose();
  };
  return (
    <Dialog title={t('filters.saveViewTitle')} onClose={onClose} size="sm">
      <form onSubmit={(e) => void submit(e)} className="stack">
        <TextField
          label={t('filters.viewName')}
          value={name}
          error={error}
          onChange={(e) => setName(e.target.value)}
          maxLength={100}
        />
        <div className="dialog-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
