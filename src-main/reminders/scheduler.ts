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

export interface Notifier {
  /** Shows reminders that came due (an OS notification; the reminder centre lists them too). */
  notify(alerts: ReminderAlert[]): void;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The timer never waits longer than this, so a clock changed without notice is noticed within the hour. */
export const MAX_TIMER_MS = 60 * 60 * 1000;
const ZONE_SETTING = 'reminders.timeZone';

export class ReminderScheduler {
  private timer: unknown = null;
  private stopped = false;
  private queue: Promise<void> = Promise.resolve();
  private readonly stopHooks: Array<() => void> = [];
  /** When the timer is set to fire (for tests and the status line); null when none is set. */
  armedFor: Date | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly timers: Timers = realTimers,
  ) {}

  /** At start-up: delivers what came due while Rapport was closed, then waits for the next. */
  start(): Promise<void> {
    this.stopped = false;
    return this.wake();
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
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

  /** The computer woke up, or its clock or time zone changed: look again. */
  wake(): Promise<void> {
    return this.serially(() => this.tick());
  }

  /** Resolves when the passes asked for so far are done. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** One pass at a time: a timer firing during an edit's re-plan waits its turn. */
  private serially(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async tick(): Promise<void> {
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
    this.disarm();
    if (this.stopped) return;
    const next = await nextWakeUp(this.db);
    const now = this.clock.now().getTime();
    const delay = next === null ? MAX_TIMER_MS : Math.min(Math.max(next.getTime() - now, 0), MAX_TIMER_MS);
    this.armedFor = new Date(now + delay);
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.wake();
    }, delay);
  }

  private disarm(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.armedFor = null;
  }
}
