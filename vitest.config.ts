import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve(import.meta.dirname, 'src-shared') };

// The calendar and reminder tests run again with the process in each of these zones: nothing in them may
// depend on the zone the computer happens to be in (CI runs in UTC).
const CALENDAR_ZONES = { ny: 'America/New_York', berlin: 'Europe/Berlin', shanghai: 'Asia/Shanghai' };

export default defineConfig({
  resolve: { alias },
  test: {
    globals: true,
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], globals: true },
      },
      ...Object.entries(CALENDAR_ZONES).map(([name, zone]) => ({
        resolve: { alias },
        test: {
          name: `calendar-tz-${name}`,
          environment: 'node',
          include: ['tests/unit/calendar/**/*.test.ts'],
          globals: true,
          env: { TZ: zone },
        },
      })),
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
          globals: true,
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globals: true,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
