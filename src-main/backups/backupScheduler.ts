// The backup scheduler: one timer, for when the next daily or weekly backup is due (looking again at least hourly,
// so a clock changed by hand or a computer back from sleep is noticed), and a backup when Rapport closes if that
// is the schedule. A failed attempt is recorded (the status shows it) and tried again an hour later, not in a loop.
// The clock and timers come in through ports, so the tests drive it with a fake clock.
import type { AppContext } from '../context';
import { getSettings } from '../settings/settingsService';
import { MAX_TIMER_MS, realTimers, SerialScheduler, type Timers } from '../system/serialScheduler';
import { runBackupNow } from './backupsApi';
import { nextBackupDue } from './backupSchedule';
import { lastBackupRuns } from './backupsService';

const MIN_TIMER_MS = 60_000;

export class BackupScheduler extends SerialScheduler {
  constructor(
    private readonly ctx: AppContext,
    timers: Timers = realTimers,
  ) {
    super('backup scheduler', timers, { stopped: true });
  }

  /** Rapport is closing: with the "when Rapport closes" schedule, back up now; resolves when done. */
  beforeQuit(): Promise<void> {
    return this.serially(async () => {
      const { backupSchedule } = await getSettings(this.ctx);
      if (backupSchedule === 'onClose') await this.backUp();
      this.stop();
    });
  }

  private async dueAt(): Promise<Date | null> {
    const { backupSchedule } = await getSettings(this.ctx);
    const { lastGood, lastFailure } = await lastBackupRuns(this.ctx.db);
    return nextBackupDue(backupSchedule, lastGood, lastFailure, this.ctx.clock.now());
  }

  protected async tick(): Promise<void> {
    if (this.stopped) return;
    const due = await this.dueAt();
    if (due !== null && due.getTime() <= this.ctx.clock.now().getTime()) await this.backUp();
    await this.arm();
  }

  private async backUp(): Promise<void> {
    // A failure is recorded as the last failure and announced (backups.finished); the next attempt is in an hour.
    await runBackupNow(this.ctx, {}).then(
      () => this.ctx.events.emit('data.changed', { entities: ['backups'] }),
      () => this.ctx.events.emit('data.changed', { entities: ['backups'] }),
    );
  }

  private async arm(): Promise<void> {
    if (this.stopped) return;
    const due = await this.dueAt();
    const now = this.ctx.clock.now().getTime();
    // At least a minute: a backup that is still due after this pass (its failure could not even be recorded)
    // is not retried in a tight loop.
    const delay = due === null ? MAX_TIMER_MS : Math.min(Math.max(due.getTime() - now, MIN_TIMER_MS), MAX_TIMER_MS);
    this.armIn(now, delay);
  }
}

/**
 * Starts scheduled backups for a running app (src-main/index.ts). The first look (and a backup, if one is due) runs
 * in the background: start-up does not wait for it.
 */
export function startBackups(ctx: AppContext, timers: Timers = realTimers): BackupScheduler {
  const scheduler = new BackupScheduler(ctx, timers);
  scheduler.start().catch((error: unknown) => console.error('[rapport] backup scheduler', error));
  return scheduler;
}
