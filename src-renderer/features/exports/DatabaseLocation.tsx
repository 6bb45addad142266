// Settings → Your data: where the database file is (selectable, to copy), "Show in folder", "Move…", and after a
// move the old copy it kept, with "Delete the old copy".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/useToast';
import { MoveDatabaseDialog } from './MoveDatabaseDialog';

export function DatabaseLocation() {
  const { t } = useTranslation();
  const toast = useToast();
  const location = useApiQuery('database.location', () => api.database.location({}), ['database']);
  const here = location.data;
  /** The folder to move to: a picked one, or null to type it (no system dialog); undefined: not moving. */
  const [moveTo, setMoveTo] = useState<string | null | undefined>(undefined);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const failed = (e: unknown) => setError((e as Error).message);

  const showInFolder = async () => {
    const { shown } = await api.system.showInFolder({ what: 'database' });
    if (!shown) toast.show({ message: t('yourData.database.noFolderWindow') });
  };

  const chooseFolder = async () => {
    setError(null);
    const chosen = await api.system.chooseFolder({ purpose: 'moveDatabase' });
    if (!chosen.dialogs) setMoveTo(null);
    else if (chosen.path) setMoveTo(chosen.path);
  };

  return (
    <div className="database-location" role="group" aria-labelledby="your-data-database">
      <span className="field-label" id="your-data-database">
        {t('yourData.database.label')}
      </span>
      <span className="mono selectable" data-testid="database-file">
        {here?.file}
      </span>
      <p className="muted small">{t('yourData.database.hint')}</p>
      {here?.restartNeeded && (
        <p className="database-note" role="status">
          {t('yourData.database.restartNeeded')}
        </p>
      )}
      {here?.oldCopy && (
        <div className="database-note">
          <p>{t('yourData.database.oldCopyKept', { file: here.oldCopy })}</p>
          <div>
            <Button size="sm" variant="danger" onClick={() => setDeleting(true)}>
              {t('yourData.database.deleteOldCopy')}
            </Button>
          </div>
        </div>
      )}
      <div className="database-actions">
        <Button size="sm" onClick={() => void showInFolder().catch(failed)}>
          {t('yourData.database.showInFolder')}
        </Button>
        {here?.movable && !here.restartNeeded && (
          <Button size="sm" onClick={() => void chooseFolder().catch(failed)}>
            {t('yourData.database.move')}
          </Button>
        )}
      </div>
      {here && !here.movable && <p className="muted small">{t('yourData.database.pinned')}</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {moveTo !== undefined && here && (
        <MoveDatabaseDialog folder={moveTo} current={here.file} onClose={() => setMoveTo(undefined)} />
      )}
      {deleting && here?.oldCopy && (
        <ConfirmDialog
          title={t('yourData.database.deleteTitle')}
          body={t('yourData.database.deleteBody', { file: here.oldCopy, current: here.file })}
          confirmLabel={t('yourData.database.deleteOldCopy')}
          onConfirm={() =>
            api.database
              .deleteOldCopy({})
              .then(() => toast.show({ message: t('yourData.database.deleted') }))
              .catch(failed)
          }
          onClose={() => setDeleting(false)}
        />
      )}
    </div>
  );
}
