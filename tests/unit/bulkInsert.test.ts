// The bulk loader must leave exactly the database insertContact would, person by person: two databases built
// from the same varied people, one per path, compared table by table (every row, ids included) and by search.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import type { ContactInput } from '@shared/validation/contact';
import { insertCompany, insertNamedCompaniesBulk } from '../../src-main/companies/companiesService';
import { insertContactsBulk, type BulkContact } from '../../src-main/contacts/bulkInsert';
import { insertContact } from '../../src-main/contacts/contactsService';
import { searchDocuments } from '../../src-main/search/searchRepository';
import { company, person } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/testApp';

const AT = '2026-11-22T10:00:00.000Z';
let one: TestApp;
let bulk: TestApp;
beforeEach(async () => {
  one = await createTestApp();
  bulk = await createTestApp();
});
afterEach(async () => {
  await one.cleanup();
  await bulk.cleanup();
});

const COMPANIES = ['Acme Bakery', '北京小米科技有限责任公司', 'Ünïcode GmbH', '上海浦东发展银行'];

/** Varied people: Chinese and English names, several phones/emails/addresses, tags shared in different case
 *  and spelling (and one that exists before), with and without a company. */
function people(companyIds: number[]): Array<{ input: ContactInput; company: number | null }> {
  const hand: Array<{ input: ContactInput; company: number | null }> = [
    {
      input: person({
        givenName: 'Ada',
        familyName: 'Lovelace',
        title: 'Owner',
        phones: [
          { label: 'Mobile', value: '+44 20 7946 0958' },
          { label: 'Work', value: '(555) 010-2000 ext 12' },
        ],
        emails: [{ label: 'Work', value: 'Ada@Example.com' }],
        addresses: [
          { label: 'Home', street: '12 St James Sq', city: 'London', region: '', postalCode: 'SW1Y', country: 'GB' },
        ],
        birthday: '1815-12-10',
        notes: 'Likes tea,\nnot coffee',
        tags: ['vip', 'Newsletter', 'NEWSLETTER', '𝒜stral', '\uE000private'],
        lifecycle: 'customer',
      }),
      company: 0,
    },
    {
      input: person({
        familyName: '欧阳',
        givenName: '娜娜',
        phones: [{ label: '手机', value: '138 0013 8000' }],
        emails: [
          { label: '', value: 'nana@example.cn' },
          { label: '', value: 'ouyang@example.cn' },
        ],
        addresses: [
          { label: '', street: '', city: '', region: '', postalCode: '', country: '' },
          { label: '单位', street: '世纪大道100号', city: '上海', region: '浦东', postalCode: '200120', country: 'CN' },
        ],
        tags: ['老客户', 'VIP', 'newsletter'],
      }),
      company: 1,
    },
    { input: person({ fullName: '王小明', tags: ['老客户'] }), company: null },
    {
      input: person({ fullName: 'Grace Brewster Murray Hopper', emails: [{ label: '', value: 'g@x.io' }] }),
      company: 2,
    },
    { input: person({ givenName: 'Zoë', tags: ['Trade show', 'trade SHOW'] }), company: 3 },
  ];
  const given = ['Alan', '小明', 'Mary', '秀英', 'José', '伟'];
  const family = ['Turing', '张', 'Smith', '李', 'García', '司马'];
  const generated = Array.from({ length: 1_150 }, (_, i) => ({
    input: person({
      givenName: given[i % given.length]!,
      familyName: family[(i * 7) % family.length]!,
      title: i % 3 === 0 ? 'Buyer' : i % 3 === 1 ? '经理' : '',
      phones: Array.from({ length: i % 3 }, (_, k) => ({ label: 'Mobile', value: `+86 138 ${1000 + i} ${2000 + k}` })),
      emails: Array.from({ length: (i + 1) % 3 }, (_, k) => ({ label: '', value: `p${i}.${k}@example.com` })),
      addresses:
        i % 4 === 0
          ? [
              {
                label: '',
                street: `${i} Main St`,
                city: i % 8 === 0 ? '杭州' : 'Boston',
                region: '',
                postalCode: '',
                country: '',
              },
            ]
          : [],
      notes: i % 5 === 0 ? `note ${i}` : '',
      tags: i % 2 === 0 ? [`tag${i % 13}`, i % 26 === 0 ? 'VIP' : 'Tag0'] : [],
      birthday: i % 9 === 0 ? '--07-01' : null,
    }),
    company: i % 5 === 4 ? null : i % COMPANIES.length,
  }));
  return [...hand, ...generated].map(({ input, company: c }) => ({
    input: { ...input, companyId: c === null ? null : companyIds[c]! },
    company: c,
  }));
}

/** Same starting point in both: the companies, and one person whose tag "VIP" exists before the load. */
async function seed(app: TestApp): Promise<number[]> {
  return app.ctx.db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const name of COMPANIES) ids.push(await insertCompany(trx, company({ name }), AT));
    await insertContact(trx, person({ givenName: 'Existing', tags: ['VIP'] }), AT);
    return ids;
  });
}

/** Every table, each row in a canonical order; the FTS5 indexes as their (term, rowid) lists, read through
 *  fts5vocab — their shadow tables' b-tree segments depend on how the writes were batched, not on content. */
function dump(file: string): Record<string, unknown[]> {
  const db = new SQLite(file);
  try {
    const tables = db
      .prepare(
        `select name from sqlite_master where type = 'table' and sql not like 'create virtual%'
           and name not like 'kysely_migration%' and name not like 'search_trigram_%' and name not like 'search_gram_%'
         order by name`,
      )
      .all() as Array<{ name: string }>;
    const fts = ['search_trigram', 'search_gram'].map((name) => {
      db.exec(`create virtual table temp.vocab_${name} using fts5vocab(main, ${name}, instance)`);
      return [
        `${name} (fts5vocab)`,
        db.prepare(`select term, doc from temp.vocab_${name} order by term, doc`).raw().all(),
      ];
    });
    return Object.fromEntries([
      ...fts,
      ...tables.map(({ name }) => {
        const columns = (db.prepare(`select name from pragma_table_info(?)`).all(name) as Array<{ name: string }>).map(
          (c) => `"${c.name}"`,
        );
        return [
          name,
          db
            .prepare(`select * from "${name}" order by ${columns.join(', ')}`)
            .raw()
            .all(),
        ];
      }),
    ]);
  } finally {
    db.close();
  }
}

describe('insertContactsBulk', () => {
  it('leaves exactly the database that insertContact leaves, person by person', async () => {
    const companyIds = await seed(one);
    expect(await seed(bulk)).toEqual(companyIds);
    const all = people(companyIds);
    const nameOf = (c: number | null) => (c === null ? null : COMPANIES[c]!);

    const oneIds = await one.ctx.db.transaction().execute(async (trx) => {
      const ids: number[] = [];
      for (const p of all) ids.push(await insertContact(trx, p.input, AT));
      return ids;
    });
    const items: BulkContact[] = all.map((p) => ({ input: p.input, companyName: nameOf(p.company) }));
    const bulkIds = await bulk.ctx.db.transaction().execute((trx) => insertContactsBulk(trx, items, AT));
    expect(bulkIds).toEqual(oneIds);

    const a = dump(one.file);
    const b = dump(bulk.file);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(a.contact).toHaveLength(all.length + 1);
    for (const table of Object.keys(a)) expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });

    for (const q of [
      'a',
      '王',
      '小明',
      'xiaoming',
      'wxm',
      'vip',
      '老客户',
      'trade show',
      'newsletter',
      'acme',
      'xiaomi',
      'bjxm',
      '138',
      '7946',
      'ada@example',
      'boston',
      '上海',
      'tea',
      'note 1',
      '𝒜',
      'zoe',
      'garcia',
      'simа',
    ]) {
      const ofA = await searchDocuments(one.ctx.db, q, 50);
      expect({ q, hits: await searchDocuments(bulk.ctx.db, q, 50) }).toEqual({ q, hits: ofA });
    }
    const integrity = (file: string) => {
      const db = new SQLite(file);
      try {
        for (const t of ['search_trigram', 'search_gram'])
          db.prepare(`insert into ${t}(${t}) values ('integrity-check')`).run();
      } finally {
        db.close();
      }
    };
    integrity(bulk.file);
  });

  it('refuses a company name that is not the stored one, since the search document would say otherwise', async () => {
    const [acme] = await seed(bulk);
    await expect(
      bulk.ctx.db
        .transaction()
        .execute((trx) =>
          insertContactsBulk(trx, [{ input: person({ givenName: 'X', companyId: acme! }), companyName: 'ACME' }], AT),
        ),
    ).rejects.toThrow(/named Acme Bakery/);
  });
});

describe('insertNamedCompaniesBulk', () => {
  it('leaves exactly the database that insertCompany leaves for companies known only by name', async () => {
    const names = [
      ...COMPANIES,
      ...Array.from({ length: 620 }, (_, i) => (i % 2 ? `Company ${i} Ltd.` : `华信贸易${i}号有限公司`)),
    ];
    const oneIds = await one.ctx.db.transaction().execute(async (trx) => {
      const ids: number[] = [];
      for (const name of names) ids.push(await insertCompany(trx, company({ name }), AT));
      return ids;
    });
    const bulkIds = await bulk.ctx.db.transaction().execute((trx) => insertNamedCompaniesBulk(trx, names, AT));
    expect(bulkIds).toEqual(oneIds);
    expect(dump(bulk.file)).toEqual(dump(one.file));
    for (const q of ['华信', 'hx', 'ltd', 'company 61', 'gmbh']) {
      expect(await searchDocuments(bulk.ctx.db, q, 50), q).toEqual(await searchDocuments(one.ctx.db, q, 50));
    }
  });
});
