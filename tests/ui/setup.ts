// jsdom setup for the UI tests: jest-dom matchers, and a window size for the virtualised lists (jsdom has
// no layout, so every element would otherwise measure 0×0 and a virtual list would render no rows).
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

Object.defineProperties(HTMLElement.prototype, {
  clientHeight: { configurable: true, get: () => 800 },
  clientWidth: { configurable: true, get: () => 1200 },
});

// Each UI test drives the real services on a real SQLite file; on a busy 2-core CI machine a screen can take
// longer than Testing Library's 1 s default to appear. Waiting longer costs nothing when things are fast.
configure({ asyncUtilTimeout: 5000 });
