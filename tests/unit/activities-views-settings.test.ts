// The activity log, saved views, settings and sample data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { person } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
beforeEach(async () => (app = await createTestApp()));
afterEach(async () => app.cleanup());

const log = (contactId: number, occurredAt: string, summary: string) =>
  app.call('activities.create', {
    activity: { kind: 'call', occurredAt, summary, outcome: '', contactId, companyId: null },
  });

describe('activities', () => {
  it('lists a person\'s history newest first and keeps "last activity" up to date through edits and deletes', async () => {
    const ann = await app.call('contacts.create', { contact: person({ givenName: 'Ann' }) });
    const first = await log(ann.id, '2026-10-01T09:00:00+08:00', 'First call');
    const second = await log(ann.id, '2026-11-01T09:00:00Z', 'Second call');
    expect(first.occurredAt).toBe('2026-10-01T01:00:00.000Z'); // stored as UTC
    expect((await app.call('activities.list', { contactId: ann.id, limit: 10 })).map((a) => a.summary)).toEqual([
      'Second call',
      'First call',
    ]);
    expect((await app.call('contacts.get', { id: ann.id })).lastActivityAt).toBe('2026-11-01T09:00:00.000Z');

    await app.call('activities.update', {
      id: first.id,
      activity: {
        kind: 'meeting',
        occurredAt: '2026-11-15T09:00:00Z',
        summary: 'Moved meeting',
        outcome: 'Signed',
        contactId: ann.id,
        companyId: null,
      },
    });
    expect(
      (await app.call('activities.list', { contactId: ann.id, limit: 10 })).map((a) => [a.kind, a.summary, a.outcome]),
    ).toEqual([
      ['meeting', 'Moved meeting', 'Signed'],
      ['call', 'Second call', ''],
    ]);
    expect((await app.call('contacts.get', { id: ann.id })).lastActivityAt).toBe('2026-11-15T09:00:00.000Z');
    await app.call('activities.delete', { id: first.id });
    await app.call('activities.delete', { id: second.id });
    expect((await app.call('contacts.get', { id: ann.id })).lastActivityAt).toBeNull();
  });

  it('refuses an activity about nobody, or about someone in the Trash, with a clear message', async () => {
    await expect(
      app.call('activities.create', {
        activity: {
          kind: 'call',
          occurredAt: '2026-11-01T09:00:00Z',
          summary: 'x',
          outcome: '',
          contactId: null,
          companyId: null,
        },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    const ann = await app.call('contacts.create', { contact: person({ givenName: 'Ann' }) });
    await app.call('contacts.delete', { ids: [ann.id] });
    await expect(log(ann.id, '2026-11-01T09:00:00Z', 'x')).rejects.toThrow(
      /Contact \d+ does not exist \(or is in the Trash\)/,
    );
    await expect(
      app.call('activities.create', {
        activity: { kind: 'call', occurredAt: 'yesterday', summary: '', outcome: '', contactId: 1, companyId: null },
      }),
    ).rejects.toMatchObject({
      issues: expect.arrayContaining([
        { path: 'activity.occurredAt', message: 'validation.date' },
        { path: 'activity.summary', message: 'validation.required' },
      ]),
    });
  });
});

describe('saved views', () => {
  it('saves, lists, replaces by name and deletes views that lists can reuse', async () => {
    const view = await app.call('views.save', {
      entity: 'contact',
      name: 'VIP customers in Shanghai',
      filter: { tags: ['VIP'], city: 'Shanghai', lifecycle: ['customer', 'repeat'] },
      sort: { field: 'name', direction: 'asc' },
    });
    expect(view).toMatchObject({ entity: 'contact', filter: { tags: ['VIP'], city: 'Shanghai' } });
    await app.call('views.save', {
      entity: 'contact',
      name: 'VIP customers in Shanghai',
      filter: { tags: ['VIP'] },
      sort: { field: 'lastActivity', direction: 'desc' },
    });
    await app.call('views.save', {
      entity: 'company',
      name: 'Suppliers',
      filter: { tags: ['Supplier'] },
      sort: { field: 'name', direction: 'asc' },
    });
    const views = await app.call('views.list', { entity: 'contact' });
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ id: view.id, filter: { tags: ['VIP'] }, sort: { field: 'lastActivity' } });
    // The stored filter is exactly what contacts.list accepts.
    await expect(
      app.call('contacts.list', {
        filter: views[0]!.filter,
        sort: views[0]!.sort as never,
        locale: 'en',
        offset: 0,
        limit: 10,
      }),
    ).resolves.toMatchObject({ total: 0 });
    await app.call('views.delete', { id: view.id });
    expect(await app.call('views.list', { entity: 'contact' })).toEqual([]);
    await expect(app.call('views.delete', { id: view.id })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('settings and first start', () => {
  it('starts with defaults and remembers changes', async () => {
    const defaults = {
      language: null,
      theme: 'system',
      currency: 'USD',
      keepRunningInTray: process.platform === 'win32',
      startAtLogin: false,
      showBirthdays: true,
      staleDealDays: 14,
      returnAddress: [],
      addressLayouts: {},
      backupFolder: null,
      backupSchedule: 'daily',
      backupKeepDaily: 7,
      backupKeepWeekly: 4,
      backupCompress: true,
      backupEncrypt: false,
      lapsedAfterDays: 365,
      keepInTouchDays: {
        champions: 30,
        loyal: 45,
        promising: 30,
        new: 21,
        needsAttention: 30,
        atRisk: 21,
        cantLose: 14,
        hibernating: null,
      },
    };
    expect(await app.call('settings.get', {})).toEqual(defaults);
    expect(await app.call('settings.update', { language: 'zh-CN', currency: 'CNY' })).toEqual({
      ...defaults,
      language: 'zh-CN',
      currency: 'CNY',
    });
    expect(app.events).toContainEqual({ event: 'data.changed', payload: { entities: ['settings'] } });
    await expect(app.call('settings.update', { language: 'fr' as never })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    expect((await app.call('settings.get', {})).language).toBe('zh-CN');
  });

  it('loads a few hundred realistic sample customers in both languages, with activities', async () => {
    expect((await app.call('app.info', {})).counts).toEqual({ contacts: 0, companies: 0, activities: 0, trash: 0 });
    const loaded = await app.call('sample.load', {});
    expect(loaded.contacts).toBe(300);
    expect(loaded.activities).toBeGreaterThan(300);
    // A year of deals: some open in the board's columns, most closed, each with its stage history.
    expect(loaded.deals).toBe(60);
    const [pipeline] = await app.call('pipelines.list', {});
    const board = await app.call('deals.board', {
      pipelineId: pipeline!.id,
      filter: { closePeriod: 'any', tag: null, source: null, q: '' },
    });
    expect(board.columns.filter((c) => c.count > 0).length).toBeGreaterThanOrEqual(4);
    const funnel = await app.call('deals.funnel', {
      pipelineId: pipeline!.id,
      currency: 'USD',
      range: { from: '2025-11-01', to: '2026-11-23' },
    });
    expect(funnel.won.deals).toBeGreaterThan(5);
    expect(funnel.winRate).toBeGreaterThan(0);
    const info = await app.call('app.info', {});
    expect(info.counts).toMatchObject({ contacts: 300, companies: loaded.companies, activities: loaded.activities });
    const page = await app.call('contacts.list', {
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      locale: 'zh-CN',
      offset: 0,
      limit: 300,
    });
    const chinese = page.rows.filter((r) => /\p{Script=Han}/u.test(r.displayName)).length;
    expect(chinese).toBeGreaterThan(90);
    expect(300 - chinese).toBeGreaterThan(90);
    expect(page.rows.filter((r) => r.lastActivityAt !== null).length).toBeGreaterThan(150);
  });
});
