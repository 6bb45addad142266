// The small interfaces through which domain code reaches the outside world. src-main/electron provides the
// real ones; tests and the web host provide their own.
import type { EventMap, EventName } from '@shared/api/contract';
import { RapportError } from '@shared/api/result';

export interface Clock {
  now(): Date;
  /** The computer's IANA time zone ("Europe/Berlin"); the system's when absent. */
  zone?(): string;
}

export const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export const systemClock: Clock = { now: () => new Date(), zone: systemZone };

/** The time zone the clock is in: calendar items are made in it, all-day items float with it. */
export const zoneOf = (clock: Clock): string => clock.zone?.() ?? systemZone();

/** Pushes an event to every open window (or web-host client). */
export interface EventSink {
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
}

export const silentEvents: EventSink = { emit: () => undefined };

/**
 * Prints an HTML document to PDF with Chromium's printing: Electron's printToPDF in the app, a headless Chromium
 * page in the web host and tests. It waits for the document to say it is ready (html[data-ready]) and hands back
 * how many labels did not fit (html[data-clipped]).
 */
export interface Printer {
  toPdf(html: string, page: { widthMm: number; heightMm: number }): Promise<{ pdf: Uint8Array; clipped: number }>;
  /**
   * The same document sent to a printer through the system's print dialog (the printer preselected, null: the
   * default), at 100 % and with no margins added, so the page prints the size it was laid out. `printed` is false
   * when the user cancelled the dialog.
   */
  print(
    html: string,
    page: { widthMm: number; heightMm: number },
    options: { printer: string | null; jobName: string },
  ): Promise<{ printed: boolean; clipped: number }>;
  /** The printers this computer knows, for calibrations kept per printer. */
  printers(): Promise<PrinterInfo[]>;
}

export interface PrinterInfo {
  /** The system's name for it (what printing and calibrations key on). */
  name: string;
  /** What the system shows people. */
  displayName: string;
  isDefault: boolean;
}

/**
 * Keeps small secrets where the operating system keeps them — in the app, Electron's safeStorage (the macOS
 * Keychain, Windows DPAPI, the Linux secret service), so the backup passphrase is never stored in plain text and
 * never in the database (which every backup copies). The CLI and tests have none, or an in-memory double.
 */
export interface SecretStore {
  /** False where no keychain is at hand (or only a plain-text fallback): the passphrase is then asked for each time. */
  available(): boolean;
  get(name: string): Promise<string | null>;
  /** null forgets it. */
  set(name: string, value: string | null): Promise<void>;
}

export const noSecretStore: SecretStore = {
  available: () => false,
  get: async () => null,
  set: async () => {
    throw new RapportError('conflict', 'This computer has no keychain Rapport can keep a passphrase in.');
  },
};

/**
 * The operating system's folder and file pickers and "show in Finder / Explorer". Main hands back paths the user
 * chose, so the screen never names a path it was not given. The browser host has no dialogs (answers undefined:
 * the screen then lets the path be typed, and main checks it as always).
 */
export interface SystemShell {
  chooseFolder(options: { title: string; defaultPath?: string }): Promise<string | null | undefined>;
  chooseFile(options: {
    title: string;
    defaultPath?: string;
    filters: Array<{ name: string; extensions: string[] }>;
  }): Promise<string | null | undefined>;
  showInFolder(path: string): Promise<void>;
}
