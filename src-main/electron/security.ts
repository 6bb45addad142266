// Electron's security checklist, in one place: which URLs are ours, the CSP, and no navigation or new windows.
import { app, session, shell, type WebContents } from 'electron';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

let trustedBase: string | null = null;
/** The one origin the app loads from: the dev server in `npm run dev`, else the renderer folder's file URL. */
export function setTrustedBase(url: string): void {
  trustedBase = url.endsWith('/') ? url : `${url}/`;
}

export function isTrustedUrl(url: string): boolean {
  return trustedBase !== null && url.startsWith(trustedBase);
}

/** `dev`: the renderer comes from the Vite dev server, whose Fast Refresh needs one inline module script. */
export function applySessionPolicy(options: { dev: boolean }): void {
  const policy = options.dev
    ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    : CONTENT_SECURITY_POLICY;
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  // No permission (camera, geolocation, notifications from web content…) is ever granted to page content.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

/** No navigation away from the app and no new windows; http(s) links open in the user's browser. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function lockDownAllContents(): void {
  app.on('web-contents-created', (_e, contents) => lockDownContents(contents));
}
