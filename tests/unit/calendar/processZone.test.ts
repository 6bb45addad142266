// Guards the per-zone runs (vitest.config.ts): when a run says it is in a zone, the process really is.
import { expect, it } from 'vitest';

it('runs in the zone the run was started for', () => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  expect(zone).toBe(process.env.TZ ?? zone);
  if (process.env.TZ === 'Asia/Shanghai') expect(new Date('2026-07-01T00:00:00Z').getHours()).toBe(8);
});
