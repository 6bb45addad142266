// "Move the database": what will happen (copy, check, switch, the old file kept) → progress → how it went. The
// folder comes from the system's picker, or is typed where there is none (the browser host); main checks it again.
import type { DatabaseMoveResult } from '@shared/domain/database';
import { databaseFolderInput } from '@shared/validation/database';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';

interface MoveDatabaseDialogProps {
  /** The folder picked in the system's dialog; null: there is none, the path is typed here. */
  folder: string | null;
  /** The database file now. */
  current: string;
  onClose: () => void;
}

export function MoveDatabaseDialog({ folder, current, onClose }: MoveDatabaseDialogProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>(undefined);
  const [moving, setMoving] = useState(false);
  const [moved, setMoved] = useState<DatabaseMoveResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const target = folder ?? typed.trim();

  const move = async () => {
    setError(null);
    // The same check main makes, said in the screen's language (a validation.* key).
    const checked = databaseFolderInput.safeParse(target);
    if (!checked.success) {
      setTypedError(checked.error.issues[0]?.message);
      return;
    }
    setMoving(true);
    try {
      setMoved(await api.database.move({ folder: target }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setMoving(false);
    }
  };

  const footer = moved ? (
    <Button variant="primary" onClick={onClose} data-autofocus>
      {t('common.close')}
    </Button>
  ) : (
    <>
      <Button onClick={onClose} disabled={moving}>
        {t('common.cancel')}
      </Button>
      <Button variant="primary" onClick={() => void move()} disabled={moving}>
        {moving ? t('yourData.move.moving') : t('yourData.move.confirm')}
      </Button>
    </>
  );

  return (
    // Not closed half-way: the move finishes (or fails) as one step.
    <Dialog title={t('yourData.move.title')} onClose={moving ? () => undefined : onClose} footer={footer}>
      {moved ? (
        <p role="status">
          {t(moved.restarting ? 'yourData.move.restarting' : 'yourData.move.restartYourself', { file: moved.file })}
        </p>
      ) : (
        <div className="stack">
          {folder === null && (
            <TextField
              label={t('yourData.move.folder')}
              hint={t('yourData.move.folderHint')}
              error={typedError}
              className="mono"
              value={typed}
              disabled={moving}
              onChange={(e) => {
                setTyped(e.target.value);
                setTypedError(undefined);
              }}
            />
          )}
          <p>{folder === null ? t('yourData.move.stepsNoFolder') : t('yourData.move.steps', { folder })}</p>
          <p className="muted">{t('yourData.move.kept')}</p>
          {moving && (
            <p role="status" className="muted">
              {t('yourData.move.moving')}
            </p>
          )}
          {error && (
            <div role="alert" className="field-error">
              <strong>{t('yourData.move.failed', { file: current })}</strong>
              <p>{error}</p>
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
