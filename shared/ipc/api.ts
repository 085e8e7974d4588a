import {
  listChannels,
  type EventName,
  type EventPayload,
  type Namespace,
  type OpInput,
  type OpName,
  type OpOutput,
} from './contract';
import type { Envelope } from './envelope';

/** The shape of `window.api`: one function per contract operation, resolving to an envelope. */
export type Api = {
  [N in Namespace]: {
    [O in OpName<N>]: (input?: OpInput<N, O>) => Promise<Envelope<OpOutput<N, O>>>;
  };
} & {
  /** Listens to an event from main; returns an unsubscribe function. No-op where the host sends none. */
  on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
};

export type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;

export type Invoke = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

/** Builds the api object from the contract over a transport (IPC in Electron, fetch in the browser). */
export function buildApi(invoke: Invoke, subscribe: Subscribe = () => () => {}): Api {
  const api: Record<string, unknown> = { on: subscribe };
  for (const { ns, op, channel } of listChannels()) {
    const namespace = (api[ns] ??= {}) as Record<string, (input?: unknown) => Promise<Envelope<unknown>>>;
    namespace[op] = (input?: unknown) => invoke(channel, input ?? null);
  }
  return api as Api;
}
