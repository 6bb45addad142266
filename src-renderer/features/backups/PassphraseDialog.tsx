// The passphrase of encrypted backups: typed twice (a typo here would make every backup unreadable), at least
// eight characters, with the warning that nobody can recover a backup whose passphrase is lost. 'keep': kept in
// this computer's keychain for the scheduled backups; 'once': used for this one backup only.
import { MIN_PASSPHRASE_LENGTH } from '@shared/validation/backups';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';

export function PassphraseDialog({
  purpose,
  onClose,
  onDone,
}: {
  purpose: 'keep' | 'once';
  onClose: () => void;
  onDone: (passphrase: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tooShort = first.length > 0 && first.length < MIN_PASSPHRASE_LENGTH;
  const mismatch = second.length > 0 && first !== second;
  const ready = first.length >= MIN_PASSPHRASE_LENGTH && first === second;

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onDone(first);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('backups.passphraseTitle')}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" type="submit" form="backup-passphrase" disabled={!ready || busy}>
            {purpose === 'once' ? t('backups.now') : t('backups.keepPassphrase')}
          </Button>
        </>
      }
    >
      <form
        id="backup-passphrase"
        className="entity-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void submit();
        }}
      >
        <p className="muted small">{t(purpose === 'once' ? 'backups.passphraseOnce' : 'backups.passphraseKeep')}</p>
        <TextField
          type="password"
          label={t('backups.passphrase')}
          autoComplete="new-password"
          value={first}
          onChange={(e) => setFirst(e.target.value)}
          error={tooShort ? t('backups.passphraseShort', { count: MIN_PASSPHRASE_LENGTH }) : undefined}
          autoFocus
        />
        <TextField
          type="password"
          label={t('backups.passphraseAgain')}
          autoComplete="new-password"
          value={second}
          onChange={(e) => setSecond(e.target.value)}
          error={mismatch ? t('backups.passphraseMismatch') : undefined}
        />
        <p className="restore-warning small">{t('backups.passphraseWarning')}</p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
