// The typed shape of window.rapport: one async function per contract method, grouped by domain
// (api.contacts.search), and an event subscription. Preload builds it; the web host's shim builds the same.
import type { EventMap, EventName, MethodInput, MethodName, MethodOutput, Contract } from './contract';
import type { Result } from './result';

type Domain<N> = N extends `${infer D}.${string}` ? D : never;
type Action<N, D extends string> = N extends `${D}.${infer A}` ? A : never;

export type RapportBridge = {
  [D in Domain<MethodName>]: {
    [A in Action<MethodName, D>]: `${D}.${A}` extends infer M extends MethodName
      ? (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
      : never;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
};

export type { Contract };

/** Builds the grouped bridge object from a function that performs one call. */
export function buildBridge(
  call: (method: string, input: unknown) => Promise<unknown>,
  on: (event: string, listener: (payload: unknown) => void) => () => void,
  methodNames: readonly string[],
): RapportBridge {
  const bridge: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of methodNames) {
    const [domain, action] = name.split('.') as [string, string];
    (bridge[domain] ??= {})[action] = (input: unknown) => call(name, input);
  }
  return Object.assign(bridge, { on }) as unknown as RapportBridge;
}
