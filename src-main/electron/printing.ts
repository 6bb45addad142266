// The app's Printer: the label document in a hidden, sandboxed window with no preload and no network, printed
// with webContents.printToPDF (Chromium's printing, page size from the document's @page rule).
import { BrowserWindow } from 'electron';
import type { Printer } from '../ports';

export function electronPrinter(): Printer {
  return {
    async toPdf(html) {
      const win = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true },
      });
      // The document is ours: nothing may leave it.
      win.webContents.session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*'] }, (_d, done) =>
        done({ cancel: true }),
      );
      win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      try {
        await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
        for (let waited = 0; ; waited += 50) {
          const ready = (await win.webContents.executeJavaScript(
            'document.documentElement.dataset.ready === "1"',
          )) as boolean;
          if (ready) break;
          if (waited > 120_000) throw new Error('The label document did not finish laying out.');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const clipped = Number(await win.webContents.executeJavaScript('document.documentElement.dataset.clipped'));
        const pdf = await win.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        });
        return { pdf: new Uint8Array(pdf), clipped };
      } finally {
        win.destroy();
      }
    },
  };
}
