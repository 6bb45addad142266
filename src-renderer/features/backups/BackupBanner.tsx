// A gentle banner across the app when backups are on and something is wrong: the last good backup is older than
// the schedule allows, or the folder cannot be reached (an unplugged drive). It says what and offers the fix;
// it can be put away until the next time it has something new to say.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { IconButton } from '../../components/IconButton';
import { useFormat } from '../../i18n/useFormat';
import { useBackupStatus } from './useBackupStatus';
import './backups.css';

export function BackupBanner() {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useBackupStatus();
  const s = status.data;
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!s || s.schedule === 'off' || s.running) return null;
  const problem = !s.folderReachable
    ? t('backups.banner.unreachable', { folder: s.folder })
    : s.overdue
      ? s.lastGood
        ? t('backups.banner.overdue', { when: format.relative(s.lastGood.at) })
        : t('backups.banner.never')
      : null;
  // Put away, it stays away until the message changes (another day late, another folder).
  if (!problem || dismissed === problem) return null;
  return (
    <div className="backup-banner" role="status" data-testid="backup-banner">
      <Icon name="warning" />
      <p>
        {problem}
        {s.lastFailure && <span className="muted small"> {s.lastFailure.message}</span>}
      </p>
      <Link className="btn btn-sm btn-secondary" to="/settings?section=backups">
        {t('backups.banner.fix')}
      </Link>
      <IconButton icon="close" label={t('common.close')} onClick={() => setDismissed(problem)} />
    </div>
  );
}
