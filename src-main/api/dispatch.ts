// The one loop every call goes through, whatever carries it (Electron IPC, the web host, tests): look up the
// method, validate the input with the contract's schema, run the handler, wrap the answer in an envelope.
// A bad input never reaches a handler, so it changes nothing.
import type { z } from 'zod';
import { contract, type MethodName } from '@shared/api/contract';
import { RapportError, type FieldIssue, type Result } from '@shared/api/result';
import { validationMessageEn } from '@shared/validation/messages';
import type { AppContext } from '../context';
import { handlers } from './handlers';
import { refreshCustomerValues } from '../customers/customerValueService';

/**
 * Customer values follow every change (the triggers mark who changed) and the calendar: brought up to date
 * before a read that finds them stale and after every write. A failure here is logged, never the call's.
 */
async function keepCustomerValuesCurrent(ctx: AppContext, readDb: AppContext['db']) {
  try {
    await refreshCustomerValues(ctx, readDb);
  } catch (error) {
    console.error('[rapport] customer values were not brought up to date', error);
  }
}

function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export async function dispatch(ctx: AppContext, method: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `No such method: ${method}` } };
  }
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    const described = issues.map((i) => `${i.path || '(input)'}: ${validationMessageEn(i.message)}`).join('; ');
    return {
      ok: false,
      error: { code: 'invalid_input', message: `Invalid input for ${method}: ${described}`, issues },
    };
  }
  try {
    const handler = handlers[method] as (ctx: AppContext, input: unknown) => Promise<unknown>;
    const { changes } = contract[method];
    // Methods that change nothing read through the read-only connection (see AppContext.readDb).
    // A read never waits behind a long write for this: it answers from the values as they were.
    if (changes.length === 0 && !ctx.writerBusy?.()) await keepCustomerValuesCurrent(ctx, ctx.readDb);
    const value = await handler(changes.length > 0 ? ctx : { ...ctx, db: ctx.readDb }, parsed.data);
    if (changes.length > 0) {
      await keepCustomerValuesCurrent(ctx, ctx.db);
      ctx.events.emit('data.changed', { entities: [...changes] });
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof RapportError) {
      return {
        ok: false,
        error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
      };
    }
    // Writes are paused while the database is moved, and after a move until Rapport starts again (moveDatabase.ts).
    if ((error as { code?: unknown }).code === 'SQLITE_READONLY') {
      return {
        ok: false,
        error: {
          code: 'conflict',
          message:
            'Nothing was saved: Rapport is moving its database, or has moved it and must start again to save changes.',
        },
      };
    }
    console.error(`[rapport] ${method} failed`, error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Something went wrong in ${method}: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}
