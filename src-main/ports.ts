// The small interfaces through which domain code reaches the outside world. src-main/electron provides the
// real ones; tests and the web host provide their own.
import type { EventMap, EventName } from '@shared/api/contract';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Pushes an event to every open window (or web-host client). */
export interface EventSink {
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
}

export const silentEvents: EventSink = { emit: () => undefined };
