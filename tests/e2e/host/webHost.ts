// The web host: the real database and domain services behind the same contract, over HTTP, serving the built
// renderer to any browser. It installs a window.rapport shim before the app loads, so the React app cannot tell
// it from Electron's preload. Used by the end-to-end tests, the screenshots and `npm run web`.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { EVENT_NAMES, METHOD_NAMES } from '@shared/api/names';
import { dispatch } from '../../../src-main/api/dispatch';
import { startReminders } from '../../../src-main/reminders/startReminders';
import { openApp, type OpenedApp } from '../../../src-main/openApp';
import type { Clock, EventSink } from '../../../src-main/ports';
import { chromiumPrinter, type WebHostPrinter } from './chromiumPrinter';
import { scriptedShell, type ScriptedShell } from './scriptedShell';

export interface WebHost {
  url: string;
  app: OpenedApp;
  /** Its printer: jobs "printed" go to files, listed here. */
  printer: WebHostPrinter;
  /** Its "system dialogs": none unless a test queues answers. */
  shell: ScriptedShell;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

// The same policy the Electron window enforces (see src-main/electron/security.ts).
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function shimScript(): string {
  return `(() => {
  const methods = ${JSON.stringify(METHOD_NAMES)};
  const events = ${JSON.stringify(EVENT_NAMES)};
  const listeners = new Map(events.map((e) => [e, new Set()]));
  const source = new EventSource('/__rapport/events');
  for (const e of events) source.addEventListener(e, (m) => listeners.get(e).forEach((l) => l(JSON.parse(m.data))));
  const bridge = {};
  for (const name of methods) {
    const [domain, action] = name.split('.');
    (bridge[domain] ??= {})[action] = async (input) => {
      const res = await fetch('/__rapport/call/' + name, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input ?? {}) });
      return res.json();
    };
  }
  bridge.on = (event, listener) => { listeners.get(event)?.add(listener); return () => listeners.get(event)?.delete(listener); };
  Object.defineProperty(window, 'rapport', { value: Object.freeze(bridge), writable: false });
})();`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 20 * 1024 * 1024) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebHost(options: {
  dbFile: string;
  port?: number;
  rendererDir?: string;
  clock?: Clock;
  /** Where "printed" jobs go (default: a "printed" folder beside the database). */
  outbox?: string;
  /** The names of its print-to-file printers (default: one). */
  printers?: string[];
  /** Where a move of the database is noted (as the app's data folder); absent: Settings cannot move it. */
  dataDir?: string;
}): Promise<WebHost> {
  const rendererDir = resolve(options.rendererDir ?? join(process.cwd(), 'out', 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer at ${rendererDir}: run \`npm run build\` first.`);
  }
  const clients = new Set<ServerResponse>();
  const events: EventSink = {
    emit(event, payload) {
      for (const res of clients) res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    },
  };
  const app = await openApp(options.dbFile, { events, ...(options.clock ? { clock: options.clock } : {}) });
  // Reminders as in the app; a browser has no OS notifications to show, the reminder centre shows them.
  const scheduler = await startReminders(app.ctx, () => undefined);
  const printer = chromiumPrinter({
    outbox: options.outbox ?? join(dirname(resolve(options.dbFile)), 'printed'),
    ...(options.printers ? { printers: options.printers } : {}),
  });
  app.ctx.printer = printer;
  const shell = scriptedShell();
  app.ctx.shell = shell;
  // No restart here: after a move, the screen asks for one (the file is then opened where it was moved to).
  if (options.dataDir) app.ctx.databaseHome = { dataDir: options.dataDir };
  const indexHtml = readFileSync(join(rendererDir, 'index.html'), 'utf8').replace(
    '<head>',
    '<head><script src="/__rapport/shim.js"></script>',
  );

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      res.setHeader('Content-Security-Policy', CSP);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (url.pathname === '/__rapport/shim.js') {
        res.writeHead(200, { 'content-type': MIME['.js']! }).end(shimScript());
      } else if (url.pathname === '/__rapport/events') {
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
      } else if (url.pathname.startsWith('/__rapport/call/') && req.method === 'POST') {
        const method = decodeURIComponent(url.pathname.slice('/__rapport/call/'.length));
        let input: unknown;
        try {
          input = JSON.parse((await readBody(req)) || '{}');
        } catch {
          res.writeHead(200, { 'content-type': MIME['.json']! });
          res.end(
            JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'The request body is not JSON.' } }),
          );
          return;
        }
        const result = await dispatch(app.ctx, method, input);
        res.writeHead(200, { 'content-type': MIME['.json']! }).end(JSON.stringify(result));
      } else if (req.method === 'GET') {
        const path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
        const file = join(rendererDir, path);
        if (
          path === '' ||
          path === 'index.html' ||
          !file.startsWith(rendererDir) ||
          !existsSync(file) ||
          statSync(file).isDirectory()
        ) {
          res.writeHead(200, { 'content-type': MIME['.html']! }).end(indexHtml);
        } else {
          res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
          createReadStream(file).pipe(res);
        }
      } else {
        res.writeHead(405).end();
      }
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    app,
    printer,
    shell,
    async close() {
      scheduler.stop();
      await printer.close();
      for (const res of clients) res.end();
      await new Promise<void>((ok) => server.close(() => ok()));
      await app.close();
    },
  };
}
