// Imports people into Rapport in two steps: plan (validate every row, find duplicates — nothing written), then
// commit (one transaction: all rows or none, even if the app is killed mid-way; cancellable; progress
// reported). Every committed import is recorded so it can be undone: created records removed, updated ones
// put back as they were.
import { RapportError } from '@shared/api/result';
import type { ImportedPerson } from '@shared/import/importedPerson';
import type { DuplicatePolicy, ImportDuplicate, ImportIssue, ImportSummary } from '@shared/import/importReport';
import { contactInput, type ContactInput } from '@shared/validation/contact';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import { purgeCompanies } from '../companies/companiesRepository';
import { insertNamedCompaniesBulk } from '../companies/companiesService';
import {
  liveCompanyNameKeys,
  liveContactIdsOfCompanies,
  loadContacts,
  purgeContacts,
  syncCompanySortKeys,
} from '../contacts/contactsRepository';
import { BULK_CHUNK, insertContactsBulk, type BulkContact } from '../contacts/bulkInsert';
import { contactToInput, reindexContacts, rewriteContact } from '../contacts/contactsService';
import { removeFromIndex } from '../search/searchRepository';
import { phoneDigits, samePhoneNumber } from '../search/text';
import { DuplicateIndex } from './duplicateIndex';
import {
  batchItems,
  findBatch,
  insertBatch,
  insertItems,
  listBatches,
  markBatchUndone,
  updateBatchCounts,
} from './importRepository';
import { toContactDraft, type ColumnOf, type ContactDraft } from './personToContact';
import { detectDateOrder, type DateOrder } from './valueParsing';
import { sqliteLowerKey } from '../db/lowerKey';

export interface ImportSource {
  fileName: string;
  format: 'csv' | 'vcard';
  encoding: string;
  /** How many people the file holds (data rows, or cards). */
  count: number;
  /**
   * The index-th person (0-based), read from the file's cells when asked: an import of 100,000 rows keeps the
   * cells once, not also a person object and a draft per row (memory stays near the file's own size).
   */
  personAt(index: number): ImportedPerson;
  /** The index-th person's birthday as written: what personAt(index).birthday says, read more cheaply. */
  birthdayAt(index: number): string;
  /** Structural problems found while reading (ragged rows, skipped photos…). */
  readIssues: ImportIssue[];
  columnOf: ColumnOf;
}

export interface ImportOptions {
  dateOrder: 'auto' | DateOrder;
  onDuplicate: DuplicatePolicy;
  /** Import the valid rows and leave out the bad ones (false: any bad row stops the import). */
  skipInvalid: boolean;
}

type RowAction = 'create' | 'update' | 'overwrite' | 'skip' | 'reject' | 'company';

/** What the plan keeps of a row: what to do with it, not its values (the commit reads them again). */
interface PlannedRow {
  /** The person's index in the source. */
  index: number;
  /** The row (or card) number shown to the user. */
  row: number;
  action: RowAction;
  existingId: number | null;
  /** The company the row names, trimmed ('' for none): companies are created before anyone is written. */
  companyName: string;
  /** Why a rejected row was rejected (empty for the others). */
  issues: ImportIssue[];
}

const NO_ISSUES: ImportIssue[] = [];

export interface ImportPlan {
  source: ImportSource;
  options: ImportOptions;
  rows: PlannedRow[];
  issues: ImportIssue[];
  duplicates: ImportDuplicate[];
  /** True when some dates could be read two ways and the order was left to detection. */
  needsDateOrder: boolean;
  /** The date order the rows were read with (the commit reads them again the same way). */
  dateOrder: DateOrder | 'auto';
}

export async function planImport(ctx: AppContext, source: ImportSource, options: ImportOptions): Promise<ImportPlan> {
  const index = await DuplicateIndex.ofDatabase(ctx.db);
  const rows: PlannedRow[] = [];
  const issues: ImportIssue[] = [...source.readIssues];
  const duplicates: ImportDuplicate[] = [];
  let needsDateOrder = false;
  // Left to detection, the order comes from the whole column: one birthday like 25/12/1980 settles it for all.
  const detected = options.dateOrder === 'auto' ? detectDateOrder(birthdaysOf(source)) : options.dateOrder;
  const dateOrder = detected === 'ambiguous' ? 'auto' : detected;
  for (let rowIndex = 0; rowIndex < source.count; rowIndex++) {
    // Checking 100,000 rows takes seconds: let the app's other calls through now and then.
    if (rowIndex % 2000 === 1999) await new Promise((resolve) => setImmediate(resolve));
    const draft = toContactDraft(source.personAt(rowIndex), { dateOrder, columnOf: source.columnOf });
    for (const issue of draft.issues) issues.push(issue);
    needsDateOrder ||= draft.ambiguousDate;
    const planned = (action: RowAction, existingId: number | null = null): PlannedRow => ({
      index: rowIndex,
      row: draft.row,
      action,
      existingId,
      companyName: draft.companyName.trim(),
      issues: action === 'reject' ? draft.issues : NO_ISSUES,
    });
    if (draft.kind === 'empty') {
      if (draft.issues.length > 0) rows.push(planned('reject'));
      continue;
    }
    if (draft.issues.some((i) => i.severity === 'error')) {
      rows.push(planned('reject'));
      continue;
    }
    if (draft.kind === 'company-only') {
      rows.push(planned('company'));
      continue;
    }
    const candidate = {
      emails: draft.input.emails.map((e) => e.value),
      phones: draft.input.phones.map((p) => p.value),
      displayName: displayNameOfDraft(draft.input),
      companyName: draft.companyName,
    };
    const match = index.find(candidate);
    let action: RowAction = 'create';
    if (match) {
      duplicates.push({
        row: draft.row,
        existingId: match.existingId,
        existingName: match.name,
        earlierRow: match.earlierRow,
        reason: match.reason,
      });
      // A repeat of an earlier row of the same file is skipped unless the user wants every row created.
      if (match.existingId === null) action = options.onDuplicate === 'create' ? 'create' : 'skip';
      else
        action =
          options.onDuplicate === 'skip' ? 'skip' : options.onDuplicate === 'create' ? 'create' : options.onDuplicate;
    }
    if (action === 'create') index.add(candidate, { id: null, row: draft.row });
    rows.push(planned(action, action === 'update' || action === 'overwrite' ? (match?.existingId ?? null) : null));
  }
  return { source, options, rows, issues, duplicates, needsDateOrder, dateOrder };
}

/** Every person's birthday as written, for telling day-first from month-first files. */
function birthdaysOf(source: ImportSource): string[] {
  const birthdays: string[] = [];
  for (let i = 0; i < source.count; i++) {
    const birthday = source.birthdayAt(i);
    if (birthday !== '') birthdays.push(birthday);
  }
  return birthdays;
}

/** A planned row's values, read again from the source exactly as the plan read them. */
function draftOf(plan: ImportPlan, row: PlannedRow): ContactDraft {
  return toContactDraft(plan.source.personAt(row.index), { dateOrder: plan.dateOrder, columnOf: plan.source.columnOf });
}

function displayNameOfDraft(input: ContactInput): string {
  return input.fullName || [input.givenName, input.familyName].filter(Boolean).join(' ');
}

/** Fills only what the existing record lacks; lists gain the values they did not have (same number or address
 *  written differently counts as had). */
function fillEmpty(existing: ContactInput, incoming: ContactInput): ContactInput {
  const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const samePhone = (a: string, b: string) => a.trim() === b.trim() || samePhoneNumber(phoneDigits(a), phoneDigits(b));
  const addMissing = <T extends { value: string }>(have: T[], more: T[], same: (a: string, b: string) => boolean) => [
    ...have,
    ...more.filter((m) => !have.some((h) => same(h.value, m.value))),
  ];
  return {
    ...existing,
    givenName: existing.givenName || (existing.fullName ? '' : incoming.givenName),
    familyName: existing.familyName || (existing.fullName ? '' : incoming.familyName),
    title: existing.title || incoming.title,
    companyId: existing.companyId ?? incoming.companyId,
    phones: addMissing(existing.phones, incoming.phones, samePhone),
    emails: addMissing(existing.emails, incoming.emails, sameEmail),
    addresses: existing.addresses.length > 0 ? existing.addresses : incoming.addresses,
    birthday: existing.birthday ?? incoming.birthday,
    notes: existing.notes || incoming.notes,
    tags: [...new Set([...existing.tags, ...incoming.tags])],
  };
}

/** The file's values win wherever the file has one; what the file leaves empty is kept. */
function overwrite(existing: ContactInput, incoming: ContactInput): ContactInput {
  const hasName = incoming.givenName || incoming.familyName || incoming.fullName;
  return {
    ...existing,
    ...(hasName ? { givenName: incoming.givenName, familyName: incoming.familyName, fullName: incoming.fullName } : {}),
    title: incoming.title || existing.title,
    companyId: incoming.companyId ?? existing.companyId,
    phones: incoming.phones.length > 0 ? incoming.phones : existing.phones,
    emails: incoming.emails.length > 0 ? incoming.emails : existing.emails,
    addresses: incoming.addresses.length > 0 ? incoming.addresses : existing.addresses,
    birthday: incoming.birthday ?? existing.birthday,
    notes: incoming.notes || existing.notes,
    tags: incoming.tags.length > 0 ? incoming.tags : existing.tags,
  };
}

export interface CommitControl {
  signal?: AbortSignal;
  /** Called at most every `progressEveryMs` with rows done so far. */
  onProgress?: (done: number, total: number) => void;
  progressEveryMs?: number;
}

export function summarize(
  plan: ImportPlan,
  written: { batchId: number | null; companiesCreated: number; dryRun: boolean },
): ImportSummary {
  const count = (...actions: RowAction[]) => plan.rows.filter((r) => actions.includes(r.action)).length;
  return {
    fileName: plan.source.fileName,
    format: plan.source.format,
    encoding: plan.source.encoding,
    rowsRead: plan.source.count,
    created: count('create'),
    updated: count('update', 'overwrite'),
    skipped: count('skip'),
    rejected: count('reject'),
    companiesCreated: written.companiesCreated,
    batchId: written.batchId,
    dryRun: written.dryRun,
    issues: plan.issues,
    duplicates: plan.duplicates,
  };
}

export async function commitImport(
  ctx: AppContext,
  plan: ImportPlan,
  control: CommitControl = {},
): Promise<ImportSummary> {
  const rejected = plan.rows.filter((r) => r.action === 'reject');
  if (rejected.length > 0 && !plan.options.skipInvalid) {
    throw new RapportError(
      'invalid_input',
      `${rejected.length} row${rejected.length === 1 ? '' : 's'} cannot be imported (first: row ${rejected[0]!.row}: ${rejected[0]!.issues[0]?.message ?? 'no name and no company'}). Fix them, or choose to skip the bad rows. Nothing was imported.`,
    );
  }
  if (plan.needsDateOrder) {
    throw new RapportError(
      'invalid_input',
      'Some dates could be read two ways (like 03/04/2024): choose the date order. Nothing was imported.',
    );
  }
  const at = nowIso(ctx);
  const total = plan.rows.length;
  let lastProgress = 0;
  // 200 ms, not 250: a chunk written between two reports adds its own time, and the screen wants 4 a second.
  const every = control.progressEveryMs ?? 200;
  let companiesCreated = 0;

  const batchId = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertBatch(trx, {
      file_name: plan.source.fileName,
      format: plan.source.format,
      encoding: plan.source.encoding,
      on_duplicate: plan.options.onDuplicate,
      rows_read: plan.source.count,
      created_count: 0,
      updated_count: 0,
      skipped_count: 0,
      rejected_count: 0,
      created_at: at,
      undone_at: null,
    });
    // Live companies by SQLite's lower(trim(name)) — the key findCompaniesByName compares — first (lowest id) wins,
    // as in that query's table scan; read once rather than scanned once per new name.
    const byStoredKey = new Map<string, { id: number; name: string }>();
    for (const c of await liveCompanyNameKeys(trx)) if (!byStoredKey.has(c.key)) byStoredKey.set(c.key, c);
    // Every company the file names that Rapport does not have yet is created up front, in bulk, in the order
    // the file first names it (its first spelling wins, as before).
    const toCreate = new Map<string, string>();
    for (const { companyName: name, action } of plan.rows) {
      if (action === 'skip' || action === 'reject') continue;
      const key = sqliteLowerKey(name);
      if (name !== '' && !byStoredKey.has(key) && !toCreate.has(key)) toCreate.set(key, name);
    }
    const newNames = [...toCreate.values()];
    const newIds: number[] = [];
    for (let k = 0; k < newNames.length; k += 200) {
      newIds.push(...(await insertNamedCompaniesBulk(trx, newNames.slice(k, k + 200), at)));
      if (control.signal?.aborted)
        throw new RapportError('conflict', 'The import was cancelled. Nothing was imported.');
      // Still reporting (no person written yet) while thousands of companies go in.
      if (control.onProgress && Date.now() - lastProgress >= every) {
        lastProgress = Date.now();
        control.onProgress(0, total);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    newIds.forEach((companyId, k) =>
      byStoredKey.set(sqliteLowerKey(newNames[k]!), { id: companyId, name: newNames[k]! }),
    );
    companiesCreated = newIds.length;
    await insertItems(
      trx,
      newIds.map((entityId) => ({
        batch_id: id,
        entity_type: 'company' as const,
        entity_id: entityId,
        action: 'created' as const,
        before_json: null,
      })),
    );
    const companyFor = (name: string): { id: number; name: string } | null =>
      name === '' ? null : (byStoredKey.get(sqliteLowerKey(name)) ?? null);

    // New people wait here and go in by the chunk; the history records each record as it is written, so it
    // lists them in file order (and no list of 100,000 entries waits for the end).
    let pending: BulkContact[] = [];
    const insertPending = async () => {
      if (pending.length === 0) return;
      const ids = await insertContactsBulk(trx, pending, at);
      await insertItems(
        trx,
        ids.map((contactId) => ({
          batch_id: id,
          entity_type: 'contact' as const,
          entity_id: contactId,
          action: 'created' as const,
          before_json: null,
        })),
      );
      pending = [];
    };
    for (let i = 0; i < plan.rows.length; i++) {
      if (control.signal?.aborted)
        throw new RapportError('conflict', 'The import was cancelled. Nothing was imported.');
      const planned = plan.rows[i]!;
      const { action, existingId } = planned;
      if (action === 'create') {
        const draft = draftOf(plan, planned);
        const company = companyFor(planned.companyName);
        pending.push({ input: { ...draft.input, companyId: company?.id ?? null }, companyName: company?.name ?? null });
        if (pending.length >= BULK_CHUNK) await insertPending();
      } else if ((action === 'update' || action === 'overwrite') && existingId !== null) {
        // Written first, so the import's history lists every record in file order.
        await insertPending();
        const draft = draftOf(plan, planned);
        const [existing] = await loadContacts(trx, [existingId]);
        if (existing) {
          const before = contactToInput(existing);
          const incoming = { ...draft.input, companyId: companyFor(planned.companyName)?.id ?? null };
          const merged = contactInput.parse(
            action === 'update' ? fillEmpty(before, incoming) : overwrite(before, incoming),
          );
          await rewriteContact(trx, existingId, merged, at);
          await insertItems(trx, [
            {
              batch_id: id,
              entity_type: 'contact',
              entity_id: existingId,
              action: 'updated',
              before_json: JSON.stringify(before),
            },
          ]);
        }
      }
      const now = Date.now();
      const progressDue = control.onProgress && (now - lastProgress >= every || i === total - 1);
      // The waiting people go in before the count is reported (a short chunk then), so "done" is the truth.
      if (i === total - 1 || progressDue) await insertPending();
      if (progressDue) {
        lastProgress = now;
        control.onProgress!(i + 1, total);
        // Let other calls (the app's other screens) be answered between chunks.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    const s = summarize(plan, { batchId: id, companiesCreated, dryRun: false });
    await updateBatchCounts(trx, id, {
      created_count: s.created,
      updated_count: s.updated,
      skipped_count: s.skipped,
      rejected_count: s.rejected,
    });
    return id;
  });
  return summarize(plan, { batchId, companiesCreated, dryRun: false });
}

/** Undoes a committed import in one transaction: what it created goes, what it updated comes back. */
export async function undoImport(ctx: AppContext, batchId: number): Promise<{ removed: number; restored: number }> {
  const batch = await findBatch(ctx.db, batchId);
  if (!batch) throw new RapportError('not_found', `Import ${batchId} was not found.`);
  if (batch.undone_at)
    throw new RapportError('conflict', `Import ${batchId} was already undone on ${batch.undone_at}.`);
  return ctx.db.transaction().execute(async (trx) => {
    const items = await batchItems(trx, batchId);
    let removed = 0;
    let restored = 0;
    const at = nowIso(ctx);
    for (const item of items) {
      if (item.action === 'updated' && item.before_json) {
        const [still] = await loadContacts(trx, [item.entity_id]);
        if (still) {
          await rewriteContact(trx, item.entity_id, contactInput.parse(JSON.parse(item.before_json)), at);
          restored++;
        }
      }
    }
    const createdContacts = items
      .filter((i) => i.action === 'created' && i.entity_type === 'contact')
      .map((i) => i.entity_id);
    const createdCompanies = items
      .filter((i) => i.action === 'created' && i.entity_type === 'company')
      .map((i) => i.entity_id);
    await removeFromIndex(trx, 'contact', createdContacts);
    removed += await purgeContacts(trx, createdContacts);
    // People added since who work for a company the import created keep their record and lose the link.
    const orphaned = (await liveContactIdsOfCompanies(trx, createdCompanies)).filter(
      (c) => !createdContacts.includes(c),
    );
    await removeFromIndex(trx, 'company', createdCompanies);
    removed += await purgeCompanies(trx, createdCompanies);
    await syncCompanySortKeys(trx, { contactIds: orphaned });
    await reindexContacts(trx, orphaned);
    await markBatchUndone(trx, batchId, at);
    return { removed, restored };
  });
}

export async function importHistory(ctx: AppContext, limit = 50) {
  return (await listBatches(ctx.db, limit)).map((b) => ({
    id: b.id,
    fileName: b.file_name,
    format: b.format,
    createdAt: b.created_at,
    undoneAt: b.undone_at,
    rowsRead: b.rows_read,
    created: b.created_count,
    updated: b.updated_count,
    skipped: b.skipped_count,
    rejected: b.rejected_count,
  }));
}
