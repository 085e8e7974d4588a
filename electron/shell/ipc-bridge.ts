import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { eventChannelOf, listChannels, type EventName, type EventPayload } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/envelope';
import { dispatch } from '../ipc/gate';
import type { HostContext } from '../ipc/handlers';
import type { Logger } from './logging';
import { menuTranslator } from './menu';
import { isTrustedSender } from './security';

type Frame = Parameters<typeof isTrustedSender>[0];

export interface IpcBridgeDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  ctx: HostContext;
  /** The main frame of our window's webContents, or null when there is no window. */
  mainFrame: () => Frame;
  log: Pick<Logger, 'warn' | 'error'>;
  /** The dev-server origin in development; empty when packaged. */
  extraOrigins?: readonly string[];
}

/**
 * One `ipcMain.handle` per contract channel. Each call passes the sender check first
 * (VS Code's validatedIpcMain), then the one gate.
 */
export function registerIpc(deps: IpcBridgeDeps): string[] {
  const channels = listChannels().map((c) => c.channel);
  for (const channel of channels) {
    deps.ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame, deps.mainFrame(), deps.extraOrigins)) {
        deps.log.warn(`IPC ${channel} refused from ${frame?.url ?? 'a destroyed frame'}`);
        return Promise.resolve({
          ok: false,
          error: { code: 'forbidden', message: menuTranslator(deps.ctx.language)('forbidden') },
        });
      }
      return dispatch(deps.ctx, channel, input, { log: (error, ch) => deps.log.error(`IPC ${ch} failed`, error) });
    });
  }
  return channels;
}

/** Sends an event of the contract to the renderer (no-op when the window is gone). */
export function sendEvent<E extends EventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'> | null | undefined,
  name: E,
  payload: EventPayload<E>,
): void {
  if (contents && !contents.isDestroyed()) contents.send(eventChannelOf(name), payload);
}
