// Settings → Backups: where they go (any folder: a USB drive, a NAS share, a cloud-synced folder), when they run,
// how many are kept, compressed or encrypted; "Back up now"; the last good backup always in view; and the way
// back: "Restore from a backup…".
import type { BackupSchedule } from '@shared/domain/backups';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useSettings } from '../../app/settingsContext';
import { Button } from '../../components/Button';
import { NumberField } from '../../components/NumberField';
import { useToast } from '../../components/useToast';
import { useFormat } from '../../i18n/useFormat';
import { PassphraseDialog } from './PassphraseDialog';
import { RestoreDialog } from './RestoreDialog';
import { useBackupStatus } from './useBackupStatus';
import './backups.css';

const SCHEDULES: readonly BackupSchedule[] = ['daily', 'weekly', 'onClose', 'off'];

export function BackupsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const { settings, update } = useSettings();
  const status = useBackupStatus();
  const s = status.data;
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<'enable' | 'runOnce' | 'change' | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [typing, setTyping] = useState<string | null>(null);
  // Sent here by the backup banner: this section comes into view.
  const [params] = useSearchParams();
  const sectionRef = useRef<HTMLElement>(null);
  const wanted = params.get('section') === 'backups';
  useEffect(() => {
    if (wanted) sectionRef.current?.scrollIntoView?.({ block: 'start' });
  }, [wanted]);

  const run = async (passphrase?: string) => {
    setRunning(true);
    setError(null);
    try {
      const made = await api.backups.runNow(passphrase ? { passphrase } : {});
      const removed = made.deleted.length > 0 ? ` ${t('backups.removed', { count: made.deleted.length })}` : '';
      toast.show({
        message: t('backups.made', { file: fileName(made.file), size: format.bytes(made.bytes) }) + removed,
      });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setRunning(false);
      status.reload();
    }
  };
  // Encrypted backups need the passphrase: kept in the keychain, or asked for this one run.
  const backUpNow = () => (settings.backupEncrypt && !s?.passphraseStored ? setAsking('runOnce') : void run());

  // Without a system dialog (the browser host) the folder is typed.
  const chooseFolder = async () => {
    const chosen = await api.system.chooseFolder({ purpose: 'backups' });
    if (!chosen.dialogs) setTyping(s?.folder ?? '');
    else if (chosen.path) await update({ backupFolder: chosen.path });
  };

  return (
    <section ref={sectionRef} className="settings-section backups-section" aria-labelledby="settings-backups">
      <h2 id="settings-backups">{t('backups.title')}</h2>
      <p className="muted">{t('backups.hint')}</p>

      <div className={`backups-last ${s?.lastGood ? '' : 'is-none'}`} role="status" data-testid="backups-last">
        {s?.lastGood ? (
          <>
            <strong>{t('backups.lastGood', { when: format.dateTime(s.lastGood.at) })}</strong>
            <span className="muted small">
              {format.bytes(s.lastGood.bytes)} · <span className="mono">{fileName(s.lastGood.file)}</span>
            </span>
          </>
        ) : (
          <strong>{t('backups.none')}</strong>
        )}
        {s?.nextDueAt && s.schedule !== 'off' && (
          <span className="muted small">{t('backups.next', { when: format.dateTime(s.nextDueAt) })}</span>
        )}
      </div>
      {s?.lastFailure && (
        <p className="field-error" role="alert">
          {t('backups.lastFailure', { when: format.dateTime(s.lastFailure.at), message: s.lastFailure.message })}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}

      <div className="backups-row">
        <Button variant="primary" icon="upload" disabled={running || s?.running} onClick={backUpNow}>
          {running || s?.running ? t('backups.running') : t('backups.now')}
        </Button>
        <Button icon="restore" onClick={() => setRestoring(true)}>
          {t('backups.restore')}
        </Button>
      </div>

      <div className="field">
        <span className="field-label">{t('backups.folder')}</span>
        <div className="backups-folder">
          <span className="mono selectable" data-testid="backups-folder">
            {s?.folder}
          </span>
          {s?.folderIsDefault && <span className="badge">{t('backups.folderDefault')}</span>}
        </div>
        {s && !s.folderReachable && (
          <p className="field-error" role="alert">
            {t('backups.unreachable', { folder: s.folder })}
          </p>
        )}
        {typing !== null ? (
          <form
            className="backups-row backups-path"
            onSubmit={(e) => {
              e.preventDefault();
              void update({ backupFolder: typing.trim() || null })
                .then(() => setTyping(null))
                .catch((err: unknown) => setError((err as Error).message));
            }}
          >
            <input
              className="input mono"
              aria-label={t('backups.folderPath')}
              value={typing}
              onChange={(e) => setTyping(e.target.value)}
              autoFocus
            />
            <Button type="submit" size="sm">
              {t('common.save')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setTyping(null)}>
              {t('common.cancel')}
            </Button>
          </form>
        ) : (
          <div className="backups-row">
            <Button
              size="sm"
              icon="search"
              onClick={() => void chooseFolder().catch((e: unknown) => setError((e as Error).message))}
            >
              {t('backups.chooseFolder')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => void api.system.showInFolder({ what: 'backups' })}>
              {t('backups.showFolder')}
            </Button>
            {!s?.folderIsDefault && (
              <Button size="sm" variant="ghost" onClick={() => void update({ backupFolder: null })}>
                {t('backups.useDefault')}
              </Button>
            )}
          </div>
        )}
      </div>

      <fieldset className="field segmented-field">
        <legend className="field-label">{t('backups.schedule')}</legend>
        <div className="segmented" role="radiogroup" aria-label={t('backups.schedule')}>
          {SCHEDULES.map((schedule) => (
            <label key={schedule} className={settings.backupSchedule === schedule ? 'is-checked' : ''}>
              <input
                type="radio"
                name="backup-schedule"
                checked={settings.backupSchedule === schedule}
                onChange={() => void update({ backupSchedule: schedule })}
              />
              {t(`backups.schedules.${schedule}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="backups-row backups-keep">
        <NumberField
          label={t('backups.keepDaily')}
          value={settings.backupKeepDaily}
          min={0}
          max={365}
          onChange={(backupKeepDaily) => void update({ backupKeepDaily })}
        />
        <NumberField
          label={t('backups.keepWeekly')}
          value={settings.backupKeepWeekly}
          min={0}
          max={520}
          onChange={(backupKeepWeekly) => void update({ backupKeepWeekly })}
        />
      </div>
      <p className="muted small">{t('backups.keepHint')}</p>

      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.backupCompress}
          onChange={(e) => void update({ backupCompress: e.target.checked })}
        />
        {t('backups.compress')}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.backupEncrypt}
          onChange={(e) =>
            e.target.checked
              ? s?.keychainAvailable
                ? setAsking('enable')
                : void update({ backupEncrypt: true })
              : void update({ backupEncrypt: false })
          }
        />
        {t('backups.encrypt')}
      </label>
      {settings.backupEncrypt && (
        <div className="backups-encrypt-note">
          <p className="muted small">
            {s?.passphraseStored
              ? t('backups.passphraseKept')
              : s?.keychainAvailable
                ? t('backups.passphraseMissing')
                : t('backups.noKeychain')}
          </p>
          {s?.keychainAvailable && (
            <Button size="sm" onClick={() => setAsking('change')}>
              {s.passphraseStored ? t('backups.changePassphrase') : t('backups.setPassphrase')}
            </Button>
          )}
        </div>
      )}

      {asking && (
        <PassphraseDialog
          purpose={asking === 'runOnce' ? 'once' : 'keep'}
          onClose={() => setAsking(null)}
          onDone={async (passphrase) => {
            if (asking === 'runOnce') {
              setAsking(null);
              await run(passphrase);
              return;
            }
            await api.backups.setPassphrase({ passphrase });
            if (asking === 'enable') await update({ backupEncrypt: true });
            setAsking(null);
            status.reload();
          }}
        />
      )}
      {restoring && <RestoreDialog folder={s?.folder ?? null} onClose={() => setRestoring(false)} />}
    </section>
  );
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;
