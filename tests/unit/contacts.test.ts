// People and companies end to end through the contract: create, read, edit, lists, duplicates, the Trash.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactSort } from '@shared/validation/filters';
import { company, person } from '../support/fixtures';
import { createTestApp, FROZEN_NOW, type TestApp } from '../support/testApp';

let app: TestApp;
beforeEach(async () => (app = await createTestApp()));
afterEach(async () => app.cleanup());

const names = async (sort: ContactSort, locale: 'en' | 'zh-CN', filter = {}) =>
  (await app.call('contacts.list', { filter, sort, locale, offset: 0, limit: 100 })).rows.map((r) => r.displayName);

describe('contacts', () => {
  it('creates a person with everything and reads it back', async () => {
    const acme = await app.call('companies.create', {
      company: company({ name: 'Acme Bakery', website: 'acme.example' }),
    });
    const created = await app.call('contacts.create', {
      contact: person({
        givenName: 'Ada',
        familyName: 'Lovelace',
        title: 'Owner',
        companyId: acme.id,
        phones: [
          { label: 'Mobile', value: '+44 20 7946 0958' },
          { label: 'Work', value: '(555) 010-2000 ext 12' },
        ],
        emails: [{ label: 'Work', value: '  Ada@Example.com ' }],
        addresses: [
          {
            label: 'Home',
            street: '12 St James Sq',
            city: 'London',
            region: '',
            postalCode: 'SW1Y 4JH',
            country: 'gb',
          },
        ],
        birthday: '--12-10',
        notes: 'Prefers email.',
        tags: ['VIP', 'Newsletter'],
        lifecycle: 'customer',
      }),
    });
    expect(created).toMatchObject({
      displayName: 'Ada Lovelace',
      companyName: 'Acme Bakery',
      emails: [{ label: 'Work', value: 'Ada@Example.com' }],
      addresses: [{ city: 'London', country: 'GB' }],
      birthday: '--12-10',
      tags: ['Newsletter', 'VIP'],
      lifecycle: 'customer',
      createdAt: FROZEN_NOW.toISOString(),
    });
    expect(created.phones).toHaveLength(2);
    expect(await app.call('contacts.get', { id: created.id })).toEqual(created);
  });

  it('shows a one-field Chinese name as written and given/family CJK names family first', async () => {
    const a = await app.call('contacts.create', { contact: person({ fullName: '欧阳娜娜' }) });
    const b = await app.call('contacts.create', { contact: person({ givenName: '小明', familyName: '王' }) });
    expect([a.displayName, b.displayName]).toEqual(['欧阳娜娜', '王小明']);
  });

  it('refuses a person without any name, and a company that does not exist', async () => {
    await expect(app.call('contacts.create', { contact: person() })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'contact.givenName', message: 'validation.nameRequired' }],
    });
    await expect(
      app.call('contacts.create', { contact: person({ givenName: 'X', companyId: 42 }) }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await app.call('app.info', {})).counts.contacts).toBe(0);
  });

  it('sorts names by pinyin among Latin names in Chinese, and Latin first in English', async () => {
    for (const contact of [
      person({ fullName: '张三' }),
      person({ givenName: 'Anna', familyName: 'Bell' }),
      person({ fullName: '李四' }),
      person({ givenName: 'Zoe', familyName: 'Young' }),
      person({ fullName: '陈晨' }),
      person({ givenName: 'Émile', familyName: 'Durand' }),
    ]) {
      await app.call('contacts.create', { contact });
    }
    const asc: ContactSort = { field: 'name', direction: 'asc' };
    // zh-CN: Bell, 陈 (chen), Durand, 李 (li), Young, 张 (zhang)
    expect(await names(asc, 'zh-CN')).toEqual(['Anna Bell', '陈晨', 'Émile Durand', '李四', 'Zoe Young', '张三']);
    expect(await names(asc, 'en')).toEqual(['Anna Bell', 'Émile Durand', 'Zoe Young', '陈晨', '李四', '张三']);
    expect(await names({ field: 'name', direction: 'desc' }, 'en')).toEqual([
      '张三',
      '李四',
      '陈晨',
      'Zoe Young',
      'Émile Durand',
      'Anna Bell',
    ]);
  });

  it('filters by tag, lifecycle, city, country, company, inactivity and text — and pages', async () => {
    const shanghai = { label: '', street: '', city: 'Shanghai', region: '', postalCode: '', country: 'CN' };
    const acme = await app.call('companies.create', { company: company({ name: 'Acme' }) });
    const vipSh = await app.call('contacts.create', {
      contact: person({
        givenName: 'Vip',
        familyName: 'Shanghai',
        tags: ['VIP'],
        addresses: [shanghai],
        lifecycle: 'customer',
        companyId: acme.id,
      }),
    });
    await app.call('contacts.create', {
      contact: person({
        givenName: 'Vip',
        familyName: 'Austin',
        tags: ['vip'],
        addresses: [{ ...shanghai, city: 'Austin', country: 'US' }],
      }),
    });
    const quiet = await app.call('contacts.create', {
      contact: person({
        givenName: 'Plain',
        familyName: 'Shanghai',
        addresses: [{ ...shanghai, city: 'shanghai' }],
        lifecycle: 'lapsed',
      }),
    });
    await app.call('activities.create', {
      activity: {
        kind: 'call',
        occurredAt: '2026-11-20T09:00:00Z',
        summary: 'Called',
        outcome: '',
        contactId: vipSh.id,
        companyId: null,
      },
    });
    await app.call('activities.create', {
      activity: {
        kind: 'call',
        occurredAt: '2026-01-01T09:00:00Z',
        summary: 'Called long ago',
        outcome: '',
        contactId: quiet.id,
        companyId: null,
      },
    });
    const sort: ContactSort = { field: 'name', direction: 'asc' };

    expect(await names(sort, 'en', { tags: ['VIP'], city: 'shanghai' })).toEqual(['Vip Shanghai']);
    expect(await names(sort, 'en', { tags: ['VIP'] })).toEqual(['Vip Austin', 'Vip Shanghai']);
    expect(await names(sort, 'en', { city: 'Shanghai' })).toEqual(['Plain Shanghai', 'Vip Shanghai']);
    expect(await names(sort, 'en', { country: 'us' })).toEqual(['Vip Austin']);
    expect(await names(sort, 'en', { lifecycle: ['lapsed', 'customer'] })).toEqual(['Plain Shanghai', 'Vip Shanghai']);
    expect(await names(sort, 'en', { companyId: acme.id })).toEqual(['Vip Shanghai']);
    expect(await names(sort, 'en', { inactiveDays: 30 })).toEqual(['Vip Austin', 'Plain Shanghai']);
    expect(await names(sort, 'en', { text: 'austin' })).toEqual(['Vip Austin']);
    expect(await names({ field: 'lastActivity', direction: 'desc' }, 'en')).toEqual([
      'Vip Shanghai',
      'Plain Shanghai',
      'Vip Austin',
    ]);
    // People with a company first; then the others by (family) name.
    expect(await names({ field: 'company', direction: 'asc' }, 'en')).toEqual([
      'Vip Shanghai',
      'Vip Austin',
      'Plain Shanghai',
    ]);

    // Blank cities sort after real ones; renaming a company re-sorts its people.
    await app.call('contacts.create', { contact: person({ givenName: 'No', familyName: 'City' }) });
    expect(await names({ field: 'city', direction: 'asc' }, 'en')).toEqual([
      'Vip Austin',
      'Plain Shanghai',
      'Vip Shanghai',
      'No City',
    ]);
    const zeta = await app.call('companies.create', { company: company({ name: 'Zeta' }) });
    const noCity = (
      await app.call('contacts.list', { filter: { text: 'no city' }, sort, locale: 'en', offset: 0, limit: 1 })
    ).rows[0]!;
    const full = await app.call('contacts.get', { id: noCity.id });
    const {
      id: _i,
      displayName: _d,
      companyName: _c,
      lastActivityAt: _l,
      createdAt: _cr,
      updatedAt: _u,
      ...input
    } = full;
    await app.call('contacts.update', { id: noCity.id, contact: { ...input, companyId: zeta.id } });
    expect(await names({ field: 'company', direction: 'asc' }, 'en')).toEqual([
      'Vip Shanghai',
      'No City',
      'Vip Austin',
      'Plain Shanghai',
    ]);
    await app.call('companies.update', { id: zeta.id, company: company({ name: 'Aardvark' }) });
    expect(await names({ field: 'company', direction: 'asc' }, 'en')).toEqual([
      'No City',
      'Vip Shanghai',
      'Vip Austin',
      'Plain Shanghai',
    ]);
    await app.call('contacts.delete', { ids: [noCity.id] });

    const page = await app.call('contacts.list', { filter: {}, sort, locale: 'en', offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.displayName)).toEqual(['Plain Shanghai']);
    expect(page.rows[0]).toMatchObject({
      city: 'shanghai',
      country: 'CN',
      tags: [],
      lifecycle: 'lapsed',
      lastActivityAt: '2026-01-01T09:00:00.000Z',
    });
  });

  it('keeps list pages current after any change, including one made by another process', async () => {
    const list = () =>
      app.call('contacts.list', {
        filter: {},
        sort: { field: 'name', direction: 'asc' },
        locale: 'en',
        offset: 0,
        limit: 10,
      });
    const ann = await app.call('contacts.create', { contact: person({ givenName: 'Ann' }) });
    expect((await list()).total).toBe(1);
    await app.call('contacts.create', { contact: person({ givenName: 'Bob' }) });
    expect((await list()).rows.map((r) => r.displayName)).toEqual(['Ann', 'Bob']);
    // Another connection (the CLI, say) renames Ann: the cached order must not survive it.
    const { default: SQLite } = await import('better-sqlite3');
    const other = new SQLite(app.file);
    other.prepare("update contact set sort_en = 'zzz', display_name = 'Zed' where id = ?").run(ann.id);
    other.close();
    expect((await list()).rows.map((r) => r.displayName)).toEqual(['Bob', 'Zed']);
  });

  it('shares a tag spelled with non-ASCII capitals between people, and filters by it', async () => {
    const a = await app.call('contacts.create', { contact: person({ givenName: 'Ana', tags: ['Über', 'Ärzte'] }) });
    const b = await app.call('contacts.create', { contact: person({ givenName: 'Ben', tags: ['Über'] }) });
    expect([a.tags, b.tags]).toEqual([['Ärzte', 'Über'], ['Über']]);
    const list = await app.call('contacts.list', {
      filter: { tags: ['Über'] },
      sort: { field: 'name', direction: 'asc' },
      locale: 'en',
      offset: 0,
      limit: 10,
    });
    expect(list.rows.map((r) => r.displayName)).toEqual(['Ana', 'Ben']);
  });

  it('warns about probable duplicates by email or phone, whatever the formatting', async () => {
    const ada = await app.call('contacts.create', {
      contact: person({
        givenName: 'Ada',
        emails: [{ label: '', value: 'ada@example.com' }],
        phones: [{ label: '', value: '138-0013-8000' }],
      }),
    });
    const hits = await app.call('contacts.findDuplicates', {
      emails: ['ADA@example.com'],
      phones: ['+86 138 0013 8000'],
      excludeId: null,
    });
    expect(hits).toEqual(
      [
        expect.objectContaining({ id: ada.id, displayName: 'Ada', reason: 'email' }),
        expect.objectContaining({ id: ada.id, reason: 'phone', value: '138-0013-8000' }),
      ].sort(() => 0),
    );
    expect(
      await app.call('contacts.findDuplicates', { emails: ['ada@example.com'], phones: [], excludeId: ada.id }),
    ).toEqual([]);
    expect(
      await app.call('contacts.findDuplicates', {
        emails: ['bob@example.com'],
        phones: ['138-0013-8001'],
        excludeId: null,
      }),
    ).toEqual([]);
  });

  it('moves people to the Trash, restores them, and empties it only when asked', async () => {
    const a = await app.call('contacts.create', { contact: person({ givenName: 'Ann' }) });
    const b = await app.call('contacts.create', { contact: person({ givenName: 'Bob' }) });
    await app.call('activities.create', {
      activity: {
        kind: 'note',
        occurredAt: '2026-11-01T00:00:00Z',
        summary: 'Likes tea',
        outcome: '',
        contactId: b.id,
        companyId: null,
      },
    });
    expect(await app.call('contacts.delete', { ids: [a.id, b.id] })).toEqual({ count: 2 });
    expect(
      (
        await app.call('contacts.list', {
          filter: {},
          sort: { field: 'name', direction: 'asc' },
          locale: 'en',
          offset: 0,
          limit: 10,
        })
      ).total,
    ).toBe(0);
    await expect(app.call('contacts.get', { id: a.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await app.call('trash.list', {})).map((t) => t.displayName).sort()).toEqual(['Ann', 'Bob']);

    expect(await app.call('trash.restore', { items: [{ entityType: 'contact', id: b.id }] })).toEqual({ count: 1 });
    const restored = await app.call('contacts.get', { id: b.id });
    expect(restored.displayName).toBe('Bob');
    expect(await app.call('activities.list', { contactId: b.id, limit: 10 })).toHaveLength(1);

    expect(await app.call('trash.empty', {})).toEqual({ count: 1 });
    expect(await app.call('trash.list', {})).toEqual([]);
    expect((await app.call('app.info', {})).counts).toMatchObject({ contacts: 1, trash: 0, activities: 1 });
  });
});

describe('companies', () => {
  it('lists people, warns on a duplicate name, and survives emptying the Trash without losing its people', async () => {
    const acme = await app.call('companies.create', { company: company({ name: 'Acme', tags: ['Supplier'] }) });
    const ann = await app.call('contacts.create', { contact: person({ givenName: 'Ann', companyId: acme.id }) });
    await app.call('activities.create', {
      activity: {
        kind: 'visit',
        occurredAt: '2026-11-02T10:00:00Z',
        summary: 'Visited Ann',
        outcome: '',
        contactId: ann.id,
        companyId: null,
      },
    });
    await app.call('activities.create', {
      activity: {
        kind: 'meeting',
        occurredAt: '2026-11-03T10:00:00Z',
        summary: 'Board meeting',
        outcome: '',
        contactId: null,
        companyId: acme.id,
      },
    });

    expect((await app.call('companies.people', { id: acme.id })).map((p) => p.displayName)).toEqual(['Ann']);
    expect((await app.call('companies.get', { id: acme.id })).peopleCount).toBe(1);
    expect(await app.call('companies.findDuplicates', { name: ' acme ', excludeId: null })).toEqual([
      { entityType: 'company', id: acme.id, displayName: 'Acme', reason: 'name', value: 'Acme' },
    ]);
    // The company's history includes what was logged with its people.
    expect((await app.call('activities.list', { companyId: acme.id, limit: 10 })).map((a) => a.summary)).toEqual([
      'Board meeting',
      'Visited Ann',
    ]);

    await app.call('companies.delete', { ids: [acme.id] });
    await app.call('trash.empty', {});
    const annAfter = await app.call('contacts.get', { id: ann.id });
    expect(annAfter.companyId).toBeNull();
    expect((await app.call('activities.list', { contactId: ann.id, limit: 10 })).map((a) => a.summary)).toEqual([
      'Visited Ann',
    ]);
    expect((await app.call('app.info', {})).counts.activities).toBe(1);
  });

  it('sorts and filters the company list', async () => {
    await app.call('companies.create', {
      company: company({
        name: '华信贸易',
        addresses: [{ label: '', street: '', city: '上海', region: '', postalCode: '', country: 'CN' }],
      }),
    });
    await app.call('companies.create', { company: company({ name: 'Blue Harbor', tags: ['VIP'] }) });
    const list = await app.call('companies.list', {
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      locale: 'zh-CN',
      offset: 0,
      limit: 10,
    });
    expect(list.rows.map((r) => r.name)).toEqual(['Blue Harbor', '华信贸易']);
    const vip = await app.call('companies.list', {
      filter: { tags: ['vip'] },
      sort: { field: 'name', direction: 'asc' },
      locale: 'en',
      offset: 0,
      limit: 10,
    });
    expect(vip.rows.map((r) => r.name)).toEqual(['Blue Harbor']);
    expect(list.rows[1]).toMatchObject({ city: '上海', country: 'CN' });
  });
});
