// The typed client over window.rapport: same method names as the contract, but each call resolves to the
// value itself and throws an ApiError for an error envelope. (Main announces every successful write with a
// data.changed event; see dataEvents.ts.)
import type { RapportBridge } from '@shared/api/client';
import type { MethodName } from '@shared/api/contract';
import { METHOD_NAMES } from '@shared/api/names';
import type { Result } from '@shared/api/result';
import { ApiError } from './ApiError';
import { bridge } from './bridge';

type Unwrapped<F> = F extends (input: infer I) => Promise<Result<infer O>> ? (input: I) => Promise<O> : never;
type Domains = Exclude<keyof RapportBridge, 'on'>;
export type Api = {
  [D in Domains]: {
    [A in keyof RapportBridge[D]]: Unwrapped<RapportBridge[D][A]>;
  };
};

async function call(name: MethodName, input: unknown): Promise<unknown> {
  const [domain, action] = name.split('.') as [string, string];
  const fn = (bridge() as unknown as Record<string, Record<string, (i: unknown) => Promise<Result<unknown>>>>)[
    domain
  ]?.[action];
  if (!fn)
    throw new ApiError({
      code: 'unknown_method',
      message: `Unknown method ${name}`,
    });
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

function buildApi(): Api {
  const client: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    const [domain, action] = name.split('.') as [string, string];
    (client[domain] ??= {})[action] = (input: unknown) => call(name, input);
  }
  return client as unknown as Api;
}

export const api: Api = buildApi();
