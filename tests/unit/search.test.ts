// Global search finds people the way someone answering the phone would type them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText } from '../../src-main/search/text';
import { allMatchingDocIds, scanDocuments } from '../../src-main/search/searchRepository';
import { company, person } from '../support/fixtures';
import { createTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
let zhangSanId = 0;
let alibabaId = 0;
const ids = async (q: string) =>
  (await app.call('search.global', { q, limit: 50 })).filter((h) => h.entityType === 'contact').map((h) => h.id);
const titles = async (q: string) => (await app.call('search.global', { q, limit: 50 })).map((h) => h.title);

beforeAll(async () => {
  app = await createTestApp();
  const acme = await app.call('companies.create', { company: company({ name: '阿里巴巴', industry: 'Retail' }) });
  alibabaId = acme.id;
  ({ id: zhangSanId } = await app.call('contacts.create', {
    contact: person({
      fullName: '张三',
      companyId: acme.id,
      phones: [{ label: '手机', value: '138-0013-8000' }],
      tags: ['VIP'],
    }),
  }));
  await app.call('contacts.create', {
    contact: person({
      fullName: '王小明',
      addresses: [{ label: '', street: '南京路1号', city: '上海', region: '', postalCode: '200001', country: 'CN' }],
    }),
  });
  await app.call('contacts.create', { contact: person({ fullName: '欧阳娜娜', notes: '喜欢上午联系' }) });
  await app.call('contacts.create', {
    contact: person({
      givenName: 'José',
      familyName: 'García',
      emails: [{ label: 'work', value: 'jose@example.com' }],
      addresses: [{ label: '', street: '1 Main St', city: 'Austin', region: 'TX', postalCode: '78701', country: 'US' }],
    }),
  });
  await app.call('contacts.create', {
    contact: person({
      givenName: 'Mary',
      familyName: 'Smith',
      notes: 'Met at the spring trade show',
      tags: ['Wholesale'],
    }),
  });
  // Sample data so matches have company to hide among.
  await app.call('sample.load', {});
});
afterAll(async () => app.cleanup());

describe('global search', () => {
  it('finds a Chinese name by full pinyin, initials and any part of the name', async () => {
    expect((await titles('zhangsan'))[0]).toBe('张三');
    expect(await titles('zs')).toContain('张三');
    expect((await titles('张三'))[0]).toBe('张三');
    expect(await titles('三')).toContain('张三');
    expect(await titles('小明')).toContain('王小明');
    expect(await titles('xiaoming')).toContain('王小明');
    expect(await titles('wxm')).toContain('王小明');
    expect(await titles('ouyang')).toContain('欧阳娜娜');
  });

  it('puts name-prefix matches first', async () => {
    const hits = await titles('zs');
    expect(hits.indexOf('张三')).toBeLessThan(5);
  });

  it('matches phone digits whatever the formatting on either side', async () => {
    expect(await titles('13800138000')).toContain('张三');
    expect(await titles('138 0013 8000')).toContain('张三');
    expect(await titles('+138-0013')).toContain('张三');
    expect(await titles('8000')).toContain('张三');
  });

  it('finds by email, company (and its pinyin), tag, city and notes, ignoring case and accents', async () => {
    expect(await titles('jose@example')).toContain('José García');
    expect(await titles('GARCIA')).toContain('José García');
    expect(await titles('alibaba')).toEqual(expect.arrayContaining(['阿里巴巴', '张三']));
    expect(await titles('vip')).toContain('张三');
    expect(await titles('austin')).toContain('José García');
    expect(await titles('上海')).toContain('王小明');
    expect(await titles('trade show')).toContain('Mary Smith');
    expect(await titles('上午')).toContain('欧阳娜娜');
  });

  it('requires every word of the query', async () => {
    expect(await titles('mary wholesale')).toEqual(['Mary Smith']);
    expect(await titles('mary austin')).toEqual([]);
  });

  it('returns nothing for an empty query and survives LIKE wildcards in the text', async () => {
    expect(await titles('   ')).toEqual([]);
    expect(await titles('100%')).toEqual([]);
    expect(await titles('_')).toEqual([]);
  });

  it('finds every true match for 1-, 2- and 3+-character queries (recall 1.0 against a full scan)', async () => {
    for (const q of [
      'a',
      'z',
      '张',
      '王',
      'zh',
      'li',
      'sm',
      '13',
      '上海',
      'wan',
      'son',
      'zhang',
      '138',
      'vip',
      'o b',
    ]) {
      const indexed = (await allMatchingDocIds(app.ctx.db, q)).sort((x, y) => x - y);
      const scanned = (await scanDocuments(app.ctx.db, q)).sort((x, y) => x - y);
      expect(indexed, q).toEqual(scanned);
    }
  });

  it('stops finding a person in the Trash, and finds them again once restored; follows edits', async () => {
    expect(await ids('13800138000')).toEqual([zhangSanId]);
    await app.call('contacts.delete', { ids: [zhangSanId] });
    expect(await ids('13800138000')).toEqual([]);
    expect(await ids('zhangsan')).not.toContain(zhangSanId);
    await app.call('trash.restore', { items: [{ entityType: 'contact', id: zhangSanId }] });
    expect(await ids('zhangsan')).toContain(zhangSanId);

    const before = await app.call('contacts.get', { id: zhangSanId });
    const {
      id: _id,
      displayName: _d,
      companyName: _c,
      lastActivityAt: _l,
      createdAt: _cr,
      updatedAt: _u,
      ...input
    } = before;
    await app.call('contacts.update', { id: zhangSanId, contact: { ...input, fullName: '张三丰' } });
    expect(await ids('zhangsanfeng')).toEqual([zhangSanId]);
    expect(await ids('zsf')).toContain(zhangSanId);
  });

  it("follows a company rename in its people's results", async () => {
    await app.call('companies.update', { id: alibabaId, company: company({ name: '腾讯' }) });
    expect(await titles('tengxun')).toEqual(expect.arrayContaining(['腾讯', '张三丰']));
    expect(await titles('alibaba')).toEqual([]);
    expect((await app.call('contacts.get', { id: zhangSanId })).companyName).toBe('腾讯');
  });
});

describe('folding text for search', () => {
  const slowFold = (text: string) =>
    text
      .normalize('NFKC')
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .normalize('NFC')
      .toLowerCase();

  it('folds accents, full-width forms and case', () => {
    expect(foldText('Ünïcode ＡＢＣ Café')).toBe('unicode abc cafe');
    expect(foldText('Plain ASCII, Line 2\nNext')).toBe('plain ascii, line 2\nnext');
  });

  it('gives the same result on the ASCII shortcut as through the full normalisation', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (any, ascii) => {
        expect(foldText(any)).toBe(slowFold(any));
        expect(foldText(ascii)).toBe(slowFold(ascii));
      }),
    );
  });
});
