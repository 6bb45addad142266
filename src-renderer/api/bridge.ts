// Access to window.rapport, installed by preload (Electron) or by the web host / tests before the app loads.
import type { RapportBridge } from '@shared/api/client';

export function bridge(required?: true): RapportBridge;
export function bridge(required: false): RapportBridge | undefined;
export function bridge(required = true): RapportBridge | undefined {
  const b = (globalThis as { rapport?: RapportBridge }).rapport;
  if (!b && required) throw new Error('window.rapport is missing: the app must run inside Rapport');
  return b;
}
