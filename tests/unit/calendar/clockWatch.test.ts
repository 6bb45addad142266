// A clock set by hand or a zone change wakes the scheduler at once; ordinary ticking and tiny fixes do not.
import { describe, expect, it } from 'vitest';
import { CLOCK_CHECK_MS, watchClock } from '../../../src-main/reminders/clockWatch';

function fakePorts() {
  const state = { wall: 1_000_000, mono: 500, zone: 'Europe/Berlin', tick: null as null | (() => void), every: 0 };
  return {
    state,
    ports: {
      wall: () => state.wall,
      monotonic: () => state.mono,
      zone: () => state.zone,
      every: (callback: () => void, ms: number) => {
        state.tick = callback;
        state.every = ms;
        return { stop: () => (state.tick = null) };
      },
    },
    /** Time passes normally by ms, then the check runs. */
    pass(ms: number) {
      state.wall += ms;
      state.mono += ms;
      state.tick?.();
    },
  };
}

describe('watching the clock', () => {
  it('wakes on a clock set forward or back, and on a zone change, not while time simply passes', () => {
    const f = fakePorts();
    let woken = 0;
    const watch = watchClock(() => woken++, f.ports);
    expect(f.state.every).toBe(CLOCK_CHECK_MS);
    f.pass(30_000);
    f.pass(30_000);
    expect(woken).toBe(0);
    f.state.wall += 2_000; // a network time fix of two seconds
    f.pass(30_000);
    expect(woken).toBe(0);
    f.state.wall += 3_600_000; // set an hour forward
    f.pass(30_000);
    expect(woken).toBe(1);
    f.state.wall -= 86_400_000; // set back a day
    f.pass(30_000);
    expect(woken).toBe(2);
    f.state.zone = 'Asia/Shanghai';
    f.pass(30_000);
    expect(woken).toBe(3);
    f.pass(30_000);
    expect(woken).toBe(3);
    watch.stop();
    expect(f.state.tick).toBeNull();
  });
});
