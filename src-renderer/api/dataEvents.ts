// One place to hear that data changed: main's `data.changed` pushes plus the renderer's own successful
// writes (main does not echo those back), so every screen can simply refetch when told.
import type { EventMap } from '@shared/api/contract';
import { bridge } from './bridge';

export type ChangedEntity = EventMap['data.changed']['entities'][number];
type Listener = (entities: ChangedEntity[]) => void;

const localListeners = new Set<Listener>();

export function notifyLocalChange(entities: ChangedEntity[]): void {
  for (const listener of [...localListeners]) listener(entities);
}

/** Subscribes to both local writes and main's pushes; returns the unsubscribe function. */
export function onDataChanged(listener: Listener): () => void {
  localListeners.add(listener);
  const b = bridge(false);
  const off = b ? b.on('data.changed', (payload) => listener(payload.entities)) : () => {};
  return () => {
    localListeners.delete(listener);
    off();
  };
}
