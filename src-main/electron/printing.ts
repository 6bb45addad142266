// The app's Printer: the label document in a hidden, sandboxed window with no preload and no network, printed
// with Chromium's printing — webContents.printToPDF for a PDF (page size from the document's @page rule), or
// webContents.print for the system's print dialog at 100 % with no margins (see ../labels/systemPrint.ts).
import { BrowserWindow } from 'electron';
import type { Printer } from '../ports';
import { printerList, printOutcome, systemPrintOptions } from '../labels/systemPrint';

/** The document loaded and laid out in a hidden window; `use` gets its webContents, the window goes after. */
async function withDocument<T>(
  html: string,
  use: (win: BrowserWindow, clipped: number) => Promise<T>,
  title?: string,
): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    // The print dialog belongs to the window the user is in (on macOS it is a sheet of that window).
    parent: BrowserWindow.getFocusedWindow() ?? undefined,
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
    // The print queue shows the job by the document's title.
    if (title) await win.webContents.executeJavaScript(`document.title = ${JSON.stringify(title)}`);
    const clipped = Number(await win.webContents.executeJavaScript('document.documentElement.dataset.clipped'));
    return await use(win, clipped);
  } finally {
    win.destroy();
  }
}

export function electronPrinter(): Printer {
  return {
    toPdf: (html) =>
      withDocument(html, async (win, clipped) => {
        const pdf = await win.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        });
        return { pdf: new Uint8Array(pdf), clipped };
      }),
    print: (html, page, { printer, jobName }) =>
      withDocument(
        html,
        (win, clipped) =>
          new Promise((resolve, reject) => {
            win.webContents.print(systemPrintOptions(page, printer), (success, failureReason) => {
              try {
                resolve({ ...printOutcome(success, failureReason), clipped });
              } catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
              }
            });
          }),
        jobName.replace(/\.pdf$/, ''),
      ),
    async printers() {
      const win = BrowserWindow.getAllWindows()[0];
      if (!win) return [];
      return printerList(await win.webContents.getPrintersAsync());
    },
  };
}
