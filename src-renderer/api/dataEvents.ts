// One place to hear that data changed: main pushes `data.changed` after every successful write (this
// window's, another window's, or a command-line import's), so every screen can simply refetch when told.
import type { EventMap } from '@shared/api/contract';
import { bridge } from './bridge';

export type ChangedEntity = EventMap['data.changed']['entities'][number];
type Listener = (entities: ChangedEntity[]) => void;

/** Subscribes to main's data.changed pushes; returns the unsubscribe function. */
export function onDataChanged(listener: Listener): () => void {
  const b = bridge(false);
  return b ? b.on('data.changed', (payload) => listener(payload.entities)) : () => {};
}
