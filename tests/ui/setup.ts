// jsdom setup for the UI tests: jest-dom matchers, and a window size for the virtualised lists (jsdom has
// no layout, so every element would otherwise measure 0×0 and a virtual list would render no rows).
import '@testing-library/jest-dom/vitest';

Object.defineProperties(HTMLElement.prototype, {
  clientHeight: { configurable: true, get: () => 800 },
  clientWidth: { configurable: true, get: () => 1200 },
});
