import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { buildApi } from '../shared/ipc/api';
import { eventChannelOf } from '../shared/ipc/contract';
import type { Envelope } from '../shared/ipc/envelope';

// Sandboxed preload: bundled to one CommonJS file that requires only 'electron'.
contextBridge.exposeInMainWorld(
  'api',
  buildApi(
    (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>,
    (event, listener) => {
      const channel = eventChannelOf(event);
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => {
        ipcRenderer.removeListener(channel, handler);
      };
    },
  ),
);

contextBridge.exposeInMainWorld('juriFiles', {
  /** The file-system path of a file dropped on the window (for opening a dropped .juri). */
  pathForFile: (file: File): string => webUtils.getPathForFile(file),
});
