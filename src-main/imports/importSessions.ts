// The import screen's steps, held in main between calls: a file is opened once (its bytes kept), then read
// again each time the user changes the encoding, delimiter, header row or mapping, and finally committed.
// A session lives until it is committed, cancelled, or replaced; only a few are kept.
import { randomUUID } from 'node:crypto';
import { RapportError } from '@shared/api/result';
import type { ColumnMapping } from '@shared/import/columnMapping';
import type { DuplicatePolicy, ImportSummary } from '@shared/import/importReport';
import type { ImportSessionView } from '@shared/import/importSession';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import { findMapping, saveMapping } from './importRepository';
import { commitImport, planImport, summarize, type ImportPlan } from './importService';
import { readImportFile, type ReadResult } from './readImportFile';
import { detectEncoding, type SupportedEncoding } from './textDecoding';
import type { DateOrder } from './valueParsing';

export interface SessionSettings {
  encoding: 'auto' | SupportedEncoding;
  delimiter: 'auto' | ',' | ';' | '\t' | '|';
  headerRow: number | 'auto';
  mapping: ColumnMapping[] | null;
  dateOrder: 'auto' | DateOrder;
  onDuplicate: DuplicatePolicy;
}

interface Session {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  settings: SessionSettings;
  read: ReadResult | null;
  plan: ImportPlan | null;
  abort: AbortController | null;
}

const MAX_SESSIONS = 4;
const sessions = new Map<string, Session>();

function session(id: string): Session {
  const s = sessions.get(id);
  if (!s)
    throw new RapportError(
      'not_found',
      'This import is no longer open (it was finished, cancelled or replaced). Open the file again.',
    );
  return s;
}

async function refresh(ctx: AppContext, s: Session): Promise<ImportSessionView> {
  let mappingRemembered = false;
  if (s.settings.mapping === null) {
    // First read: a mapping remembered for these exact headers wins over the suggestion.
    const probe = readImportFile(s.fileName, s.bytes, {
      encoding: s.settings.encoding,
      delimiter: s.settings.delimiter,
      headerRow: s.settings.headerRow,
    });
    const remembered = probe.signature ? await findMapping(ctx.db, probe.signature) : undefined;
    if (remembered) {
      s.settings.mapping = JSON.parse(remembered) as ColumnMapping[];
      mappingRemembered = true;
    } else s.read = probe;
  }
  if (s.settings.mapping !== null || !s.read) {
    s.read = readImportFile(s.fileName, s.bytes, {
      encoding: s.settings.encoding,
      delimiter: s.settings.delimiter,
      headerRow: s.settings.headerRow,
      ...(s.settings.mapping ? { mapping: s.settings.mapping } : {}),
    });
  }
  const read = s.read;
  s.plan = await planImport(ctx, read.source, {
    dateOrder: s.settings.dateOrder,
    onDuplicate: s.settings.onDuplicate,
    skipInvalid: true,
  });
  const summary = summarize(s.plan, { batchId: null, companiesCreated: 0, dryRun: true });
  return {
    sessionId: s.id,
    fileName: s.fileName,
    format: read.source.format,
    encoding: read.source.encoding,
    delimiter: read.delimiter,
    headerRow: read.headerRow,
    encodingCandidates: detectEncoding(s.bytes).candidates,
    headers: read.headers,
    mapping: read.mapping,
    mappingRemembered,
    preview: read.previewRows,
    // The screen lists problems; a file with 100,000 bad rows must not send 100,000 of them at once.
    summary: { ...summary, issues: summary.issues.slice(0, 1000), duplicates: summary.duplicates.slice(0, 1000) },
    needsDateOrder: s.plan.needsDateOrder,
  };
}

export async function openImportSession(
  ctx: AppContext,
  fileName: string,
  bytes: Uint8Array,
): Promise<ImportSessionView> {
  while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
  const s: Session = {
    id: randomUUID(),
    fileName,
    bytes,
    settings: {
      encoding: 'auto',
      delimiter: 'auto',
      headerRow: 'auto',
      mapping: null,
      dateOrder: 'auto',
      onDuplicate: 'skip',
    },
    read: null,
    plan: null,
    abort: null,
  };
  const view = await refresh(ctx, s);
  sessions.set(s.id, s);
  return view;
}

export async function configureImportSession(
  ctx: AppContext,
  id: string,
  settings: Partial<SessionSettings>,
): Promise<ImportSessionView> {
  const s = session(id);
  // A new encoding or delimiter changes the columns: the mapping is worked out again.
  const reshape =
    (settings.encoding && settings.encoding !== s.settings.encoding) ||
    (settings.delimiter && settings.delimiter !== s.settings.delimiter);
  s.settings = { ...s.settings, ...settings, ...(reshape && !settings.mapping ? { mapping: null } : {}) };
  return refresh(ctx, s);
}

export async function commitImportSession(
  ctx: AppContext,
  id: string,
  options: { skipInvalid: boolean },
  onProgress: (done: number, total: number) => void,
): Promise<ImportSummary> {
  const s = session(id);
  if (!s.plan || !s.read) throw new RapportError('conflict', 'The import has not been read yet.');
  s.abort = new AbortController();
  try {
    const summary = await commitImport(
      ctx,
      { ...s.plan, options: { ...s.plan.options, skipInvalid: options.skipInvalid } },
      { signal: s.abort.signal, onProgress },
    );
    if (s.read.signature && s.read.mapping.length > 0)
      await saveMapping(ctx.db, s.read.signature, JSON.stringify(s.read.mapping), nowIso(ctx));
    sessions.delete(id);
    return summary;
  } finally {
    s.abort = null;
  }
}

/** Stops a running commit (its transaction rolls back) or forgets an open import. */
export function cancelImportSession(id: string): { cancelled: boolean } {
  const s = sessions.get(id);
  if (!s) return { cancelled: false };
  if (s.abort) s.abort.abort();
  else sessions.delete(id);
  return { cancelled: true };
}

/** The rows that cannot be imported, as a CSV to fix and import again: the original cells plus a Problem column. */
export function rejectedRowsCsv(id: string): { fileName: string; rows: string[][] } {
  const s = session(id);
  if (!s.plan || !s.read) throw new RapportError('conflict', 'The import has not been read yet.');
  const rejected = s.plan.rows.filter((r) => r.action === 'reject');
  const rows = [[...s.read.headers, 'Problem']];
  for (const r of rejected) {
    const cells = s.read.cellsOfRow(r.row) ?? [];
    rows.push([...cells, r.issues.map((i) => i.message).join(' ')]);
  }
  return { fileName: s.fileName.replace(/(\.[^.]+)?$/, '-rejected.csv'), rows };
}
