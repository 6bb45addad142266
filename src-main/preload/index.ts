// Preload: exposes exactly the contract's methods (api.contacts.search(...)) and events, nothing else.
// No ipcRenderer, no generic invoke: each function is bound to its own channel here.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge } from '@shared/api/client';
import { EVENT_NAMES, METHOD_NAMES, eventChannel, methodChannel } from '@shared/api/names';

const bridge = buildBridge(
  (method, input) => ipcRenderer.invoke(methodChannel(method), input),
  (event, listener) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event ${event}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(eventChannel(event), wrapped);
    return () => ipcRenderer.removeListener(eventChannel(event), wrapped);
  },
  METHOD_NAMES,
);

contextBridge.exposeInMainWorld('rapport', bridge);
