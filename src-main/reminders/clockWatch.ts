// Notices when the computer's clock is set (by hand, or by a network time fix) or its time zone changes, so
// the scheduler looks again at once instead of within the hour. Wall time minus monotonic time is constant
// while nobody touches the clock; a jump in it is a clock change. Costs one comparison every half minute.
export interface ClockWatchPorts {
  /** Wall-clock milliseconds (Date.now). */
  wall(): number;
  /** Monotonic milliseconds (performance.now): unaffected by clock changes. */
  monotonic(): number;
  /** The time zone now (it may change while running: travel). */
  zone(): string;
  every(callback: () => void, ms: number): { stop(): void };
}

/** A clock set by more than this counts as changed (network time fixes of a second or two do not). */
export const CLOCK_JUMP_MS = 5_000;
export const CLOCK_CHECK_MS = 30_000;

export function watchClock(onChange: () => void, ports: ClockWatchPorts): { stop(): void } {
  let skew = ports.wall() - ports.monotonic();
  let zone = ports.zone();
  return ports.every(() => {
    const nowSkew = ports.wall() - ports.monotonic();
    const nowZone = ports.zone();
    if (Math.abs(nowSkew - skew) > CLOCK_JUMP_MS || nowZone !== zone) {
      skew = nowSkew;
      zone = nowZone;
      onChange();
    }
  }, CLOCK_CHECK_MS);
}

export const realClockWatchPorts = (zone: () => string): ClockWatchPorts => ({
  wall: () => Date.now(),
  monotonic: () => performance.now(),
  zone,
  every: (callback, ms) => {
    const timer = setInterval(callback, ms);
    timer.unref?.();
    return { stop: () => clearInterval(timer) };
  },
});
