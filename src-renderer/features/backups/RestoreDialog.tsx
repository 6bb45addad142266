// Restoring a backup: pick one from the backup folder (or any file), see what it holds — when it was made, by
// which version, how many contacts, companies, deals and calendar items — type its passphrase if it has one, and
// confirm. Main saves the current data first, checks the backup and swaps it in; a refusal leaves everything as
// it was and says why. After a restore the app starts again on the restored data.
import type { BackupInfo } from '@shared/domain/backups';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';
import { useFormat } from '../../i18n/useFormat';

export function RestoreDialog({ folder, onClose }: { folder: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const listing = useApiQuery('backups.list', () => api.backups.list({}), ['backups']);
  const [picked, setPicked] = useState<BackupInfo | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ savedCurrentAs: string | null; upgradedFrom: number | null } | null>(null);
  const [typing, setTyping] = useState<string | null>(null);

  const inspect = async (file: string) => {
    setError(null);
    try {
      setPicked(await api.backups.inspect({ file }));
      setPassphrase('');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const chooseFile = async () => {
    const chosen = await api.system.chooseBackupFile({});
    if (!chosen.dialogs) setTyping('');
    else if (chosen.path) await inspect(chosen.path);
  };
  const restore = async () => {
    if (!picked) return;
    setRestoring(true);
    setError(null);
    try {
      const result = await api.backups.restore({
        file: picked.file,
        ...(picked.encrypted ? { passphrase } : {}),
      });
      setDone({ savedCurrentAs: result.savedCurrentAs, upgradedFrom: result.upgradedFrom });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setRestoring(false);
    }
  };

  if (done) {
    return (
      <Dialog
        title={t('backups.restored.title')}
        onClose={() => window.location.reload()}
        footer={
          <Button variant="primary" onClick={() => window.location.reload()}>
            {t('backups.restored.reload')}
          </Button>
        }
      >
        <p role="status">{t('backups.restored.body')}</p>
        {done.upgradedFrom !== null && <p className="muted small">{t('backups.restored.upgraded')}</p>}
        {done.savedCurrentAs && (
          <p className="muted small">
            {t('backups.restored.savedAs')} <span className="mono selectable">{done.savedCurrentAs}</span>
          </p>
        )}
      </Dialog>
    );
  }

  const backups = listing.data?.backups ?? [];
  const usable = picked?.state === 'ok';
  return (
    <Dialog
      title={t('backups.restoreTitle')}
      onClose={onClose}
      size="lg"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="danger"
            disabled={!usable || restoring || (picked.encrypted && passphrase === '')}
            onClick={() => void restore()}
          >
            {restoring ? t('backups.restoring') : t('backups.restoreConfirm')}
          </Button>
        </>
      }
    >
      <p className="muted small">{t('backups.restoreIntro')}</p>
      <div className="restore-layout">
        <div className="restore-list">
          <div className="restore-list-head">
            <strong className="small">{t('backups.inFolder')}</strong>
            <span className="muted small mono">{listing.data?.folder ?? folder}</span>
          </div>
          {listing.data && !listing.data.reachable && (
            <p className="field-error">{t('backups.unreachable', { folder: listing.data.folder })}</p>
          )}
          {listing.data?.reachable && backups.length === 0 && (
            <p className="muted small">{t('backups.noneInFolder')}</p>
          )}
          <ul role="listbox" aria-label={t('backups.inFolder')}>
            {backups.map((b) => (
              <li
                key={b.file}
                role="option"
                tabIndex={0}
                aria-selected={picked?.file === b.file}
                className={picked?.file === b.file ? 'is-selected' : ''}
                onClick={() => setPicked(b)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') setPicked(b);
                }}
              >
                <span>{b.createdAt ? format.dateTime(b.createdAt) : b.name}</span>
                <span className="muted small">
                  {b.beforeRestore ? t('backups.beforeRestore') : ''}
                  {b.encrypted ? ` 🔒 ${t('backups.encrypted')}` : ''}
                  {b.state !== 'ok' ? ` · ${t(`backups.state.${b.state}`)}` : ''}
                </span>
              </li>
            ))}
          </ul>
          {typing !== null ? (
            <form
              className="backups-row backups-path"
              onSubmit={(e) => {
                e.preventDefault();
                void inspect(typing.trim()).then(() => setTyping(null));
              }}
            >
              <input
                className="input mono"
                aria-label={t('backups.filePath')}
                value={typing}
                onChange={(e) => setTyping(e.target.value)}
                autoFocus
              />
              <Button type="submit" size="sm">
                {t('backups.open')}
              </Button>
            </form>
          ) : (
            <Button
              size="sm"
              icon="search"
              onClick={() => void chooseFile().catch((e: unknown) => setError((e as Error).message))}
            >
              {t('backups.chooseFile')}
            </Button>
          )}
        </div>
        <div className="restore-detail" aria-live="polite">
          {picked ? <BackupDetails backup={picked} /> : <p className="muted small">{t('backups.pickOne')}</p>}
          {picked?.encrypted && usable && (
            <TextField
              type="password"
              label={t('backups.passphrase')}
              value={passphrase}
              autoComplete="off"
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
          {usable && <p className="restore-warning small">{t('backups.restoreWarning')}</p>}
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}

function BackupDetails({ backup }: { backup: BackupInfo }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (backup.state !== 'ok') {
    return (
      <p className="field-error" role="alert">
        {t(`backups.state.${backup.state}`)}
        {backup.problem ? `: ${backup.problem}` : ''}
      </p>
    );
  }
  const counts = backup.counts;
  return (
    <dl className="about restore-facts" data-testid="backup-details">
      <div>
        <dt>{t('backups.madeAt')}</dt>
        <dd>{backup.createdAt ? format.dateTime(backup.createdAt) : '—'}</dd>
      </div>
      <div>
        <dt>{t('backups.version')}</dt>
        <dd>
          {backup.appVersion ?? '—'} ({t('backups.schemaVersion', { version: backup.schemaVersion ?? '—' })})
        </dd>
      </div>
      {counts &&
        (['contacts', 'companies', 'deals', 'events'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`backups.counts.${key}`)}</dt>
            <dd>{format.number(counts[key])}</dd>
          </div>
        ))}
      <div>
        <dt>{t('backups.size')}</dt>
        <dd>{format.bytes(backup.bytes)}</dd>
      </div>
      <div>
        <dt>{t('backups.fileLabel')}</dt>
        <dd className="mono selectable">{backup.name}</dd>
      </div>
    </dl>
  );
}
