import { listChannels, type Namespace, type OpInput, type OpName, type OpOutput } from './contract';
import type { Envelope } from './envelope';

/** The shape of `window.api`: one function per contract operation, resolving to an envelope. */
export type Api = {
  [N in Namespace]: {
    [O in OpName<N>]: (input?: OpInput<N, O>) => Promise<Envelope<OpOutput<N, O>>>;
  };
};

export type Invoke = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

/** Builds the api object from the contract over a transport (IPC in Electron, fetch in the browser). */
export function buildApi(invoke: Invoke): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Envelope<unknown>>>> = {};
  for (const { ns, op, channel } of listChannels()) {
    (api[ns] ??= {})[op] = (input?: unknown) => invoke(channel, input ?? null);
  }
  return api as unknown as Api;
}
