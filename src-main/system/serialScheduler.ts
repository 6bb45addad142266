// What every scheduler of main (reminders, backups) is made of: one timer at a time, and passes that run one after
// another — a timer firing during an edit's re-plan waits its turn. Timers come in through a port, so tests drive
// a scheduler with a fake clock. A subclass says what one pass does (tick) and when to look next (armIn).

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

export abstract class SerialScheduler {
  private timer: unknown = null;
  private queue: Promise<void> = Promise.resolve();
  protected stopped: boolean;
  /** When the timer is set to fire (for tests and status lines); null when none is set. */
  armedFor: Date | null = null;

  constructor(
    /** Names the scheduler in the log when a pass fails. */
    private readonly name: string,
    protected readonly timers: Timers,
    options: { stopped: boolean },
  ) {
    this.stopped = options.stopped;
  }

  /** At start-up: a first pass (what came due while Rapport was closed), then wait for the next. */
  start(): Promise<void> {
    this.stopped = false;
    return this.wake();
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  /** Something changed (settings, the clock, the computer woke up): look again. */
  wake(): Promise<void> {
    return this.serially(() => this.tick());
  }

  /** Resolves when the passes asked for so far are done. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** One pass of the scheduler's work; it ends by arming the timer again (armIn). */
  protected abstract tick(): Promise<void>;

  /** One pass at a time, in the order asked for; a failed one does not stop the next. */
  protected serially(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Sets the one timer to wake the scheduler `delay` ms after `now` (none once stopped). */
  protected armIn(now: number, delay: number): void {
    this.disarm();
    if (this.stopped) return;
    this.armedFor = new Date(now + delay);
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.wake().catch((error: unknown) => console.error(`[rapport] ${this.name}`, error));
    }, delay);
  }

  private disarm(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.armedFor = null;
  }
}
