// How much memory the process lets its JavaScript heap grow to between full collections. V8's default lets a
// heap grow to about four times what is live before collecting: an import of 100,000 rows with ~90 MB live
// went to a 410 MB heap and a 620 MB process. A desktop app shares the machine with everything else its user
// runs, so Rapport asks for growth by 30% instead. Measured with the CLI on that import: default 620 MB peak in
// 28.4 s; 50% 380 MB in 26.6 s; 30% 340 MB in 24.9 s (a smaller heap is quicker to collect).
import { setFlagsFromString } from 'node:v8';

const HEAP_GROWING_PERCENT = 30;
let applied = false;

/** Called once at start-up by every entry point (openApp does it); later calls do nothing. */
export function preferSmallHeap(): void {
  if (applied) return;
  applied = true;
  // Read by V8 each time it sizes the heap after a full collection, so setting it at run time takes effect.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
