// The IPC loop: one handler per contract method, all through dispatch(). Only our own window's main frame may
// call; anything else is refused.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { METHOD_NAMES, eventChannel, methodChannel } from '@shared/api/names';
import type { EventMap, EventName } from '@shared/api/contract';
import { dispatch } from '../api/dispatch';
import type { AppContext } from '../context';
import type { EventSink } from '../ports';
import { isTrustedUrl } from './security';

function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url);
}

export function registerIpc(ctx: AppContext): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(methodChannel(name), async (event, input: unknown) => {
      if (!trustedSender(event)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: `Refused ${name}: the caller is not Rapport's window.` },
        };
      }
      return dispatch(ctx, name, input);
    });
  }
}

/** Sends events to every Rapport window. */
export function webContentsEvents(targets: () => WebContents[]): EventSink {
  return {
    emit<E extends EventName>(event: E, payload: EventMap[E]) {
      for (const wc of targets()) if (!wc.isDestroyed()) wc.send(eventChannel(event), payload);
    },
  };
}
