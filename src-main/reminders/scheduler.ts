// The reminder scheduler: one timer, for the next thing due. It wakes, delivers what is due (late ones as
// missed), and sets the timer again. It is told when items change (re-plan those), when the computer wakes or
// its clock or time zone changes (look again). Time, notifications and timers come in through ports, so the
// tests drive it with a fake clock across time zones, clock changes, sleeps and restarts.
import type { Kysely } from 'kysely';
import type { ReminderAlert } from '@shared/domain/calendar';
import type { Database } from '../db/schema';
import { zoneOf, type Clock } from '../ports';
import { readSettingValue, writeSettingValue } from '../settings/settingsRepository';
import { deliverDue, nextWakeUp, replanAll, replanEvents } from './reminderPlanner';
import { MAX_TIMER_MS, realTimers, SerialScheduler, type Timers } from '../system/serialScheduler';

// Where callers have always found the timer port.
export { MAX_TIMER_MS, realTimers, type Timers } from '../system/serialScheduler';

export interface Notifier {
  /** Shows reminders that came due (an OS notification; the reminder centre lists them too). */
  notify(alerts: ReminderAlert[]): void;
}

const ZONE_SETTING = 'reminders.timeZone';

export class ReminderScheduler extends SerialScheduler {
  private readonly stopHooks: Array<() => void> = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    timers: Timers = realTimers,
  ) {
    super('reminder scheduler', timers, { stopped: false });
  }

  override stop(): void {
    super.stop();
    for (const hook of this.stopHooks.splice(0)) hook();
  }

  /** Something to end with the scheduler (a clock watch). */
  onStop(hook: () => void): void {
    this.stopHooks.push(hook);
  }

  /** Items were created, edited, moved, ticked off or deleted: their reminders are planned again. */
  eventsChanged(eventIds: number[]): Promise<void> {
    return this.serially(async () => {
      await replanEvents(this.db, eventIds, this.clock.now(), zoneOf(this.clock));
      await this.tick();
    });
  }

  protected async tick(): Promise<void> {
    if (this.stopped) return;
    const zone = zoneOf(this.clock);
    // All-day items float with the zone: when it changed (travel, or changed while closed), plan everything again.
    if ((await readSettingValue(this.db, ZONE_SETTING)) !== zone) {
      await replanAll(this.db, this.clock.now(), zone);
      await writeSettingValue(this.db, ZONE_SETTING, zone);
    }
    const alerts = await deliverDue(this.db, this.clock.now(), zone);
    if (alerts.length > 0) this.notifier.notify(alerts);
    await this.arm();
  }

  private async arm(): Promise<void> {
    if (this.stopped) return;
    const next = await nextWakeUp(this.db);
    const now = this.clock.now().getTime();
    this.armIn(now, next === null ? MAX_TIMER_MS : Math.min(Math.max(next.getTime() - now, 0), MAX_TIMER_MS));
  }
}
