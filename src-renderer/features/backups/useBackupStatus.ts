// How backups stand (last good one, folder reachable, overdue, running), asked again whenever backups or their
// settings change, whenever a backup ends (scheduled ones included), when the window comes back to the front,
// and every minute (a drive unplugged, a day gone by: nothing in the data changes then).
import { useEffect } from 'react';
import { api } from '../../api/api';
import { bridge } from '../../api/bridge';
import { useApiQuery } from '../../api/useApiQuery';

export function useBackupStatus() {
  const status = useApiQuery('backups.status', () => api.backups.status({}), ['backups', 'settings']);
  const { reload } = status;
  useEffect(() => {
    const b = bridge(false);
    const off = b ? b.on('backups.finished', () => reload()) : () => {};
    const timer = setInterval(reload, 60_000);
    window.addEventListener('focus', reload);
    return () => {
      off();
      clearInterval(timer);
      window.removeEventListener('focus', reload);
    };
  }, [reload]);
  return status;
}
