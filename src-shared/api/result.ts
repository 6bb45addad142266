// The envelope every contract call answers with. Errors cross IPC as data, because Electron passes only
// error.message across ipcMain.handle.

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_method',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path into the input, e.g. "emails.0.value". */
  path: string;
  /** A validation message key ("validation.email") or a plain message. */
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by domain services for expected failures; the dispatcher turns it into an envelope. */
export class RapportError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'RapportError';
  }
}
