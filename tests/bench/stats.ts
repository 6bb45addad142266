// Timing helpers for the benchmarks: percentiles of repeated runs, printed next to their baseline.
import { performance } from 'node:perf_hooks';

export interface Timing {
  p50: number;
  p99: number;
  max: number;
}

export function percentiles(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { p50: at(50), p99: at(99), max: sorted[sorted.length - 1]! };
}

export async function timeAsync(runs: number, fn: (i: number) => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < Math.min(20, runs); i++) await fn(i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return percentiles(samples);
}

export function timeSync(runs: number, fn: (i: number) => unknown): Timing {
  for (let i = 0; i < Math.min(20, runs); i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  return percentiles(samples);
}

export const ms = (x: number) => `${x.toFixed(2)} ms`;
