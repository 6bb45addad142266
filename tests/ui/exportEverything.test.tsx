// Settings → Your data → "Export everything…", on the real main-process services: the click hands the browser a
// zip holding the README, the vCards, the calendar and one CSV per table, with the people just added in it.
import { screen, within } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { person, renderApp } from './renderApp';

function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:rapport/${blobs.length}`;
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

describe('export everything', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves one zip of everything from Settings → Your data', async () => {
    const downloads = captureDownloads();
    const { user } = await renderApp('/settings', async (app) => {
      await app.call('contacts.create', { contact: person({ fullName: '张三', title: '经理' }) });
      await app.call('contacts.create', { contact: person({ givenName: 'Ada', familyName: 'Lovelace' }) });
    });
    const section = await screen.findByRole('region', { name: 'Your data' });
    await user.click(within(section).getByRole('button', { name: 'Export everything…' }));

    expect(await screen.findByText(/^Saved Rapport everything 2026-11-22\.zip: \d+ files, \d+ rows$/)).toBeVisible();
    expect(downloads.names).toEqual(['Rapport everything 2026-11-22.zip']);
    expect(downloads.blobs[0]!.type).toBe('application/zip');
    const zip = unzipSync(new Uint8Array(await downloads.blobs[0]!.arrayBuffer()));
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining(['README.txt', 'contacts.vcf', 'calendar.ics', 'tables/contact.csv', 'tables/deal.csv']),
    );
    const contacts = new TextDecoder().decode(zip['tables/contact.csv']);
    expect(contacts).toContain('张三');
    expect(new TextDecoder().decode(zip['contacts.vcf']).match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(within(section).getByRole('button', { name: 'Export everything…' })).toBeEnabled();
  });

  it('speaks Simplified Chinese', async () => {
    const { user } = await renderApp('/settings');
    await user.selectOptions(await screen.findByLabelText('Language'), '简体中文');
    const section = await screen.findByRole('region', { name: '您的数据' });
    expect(within(section).getByRole('button', { name: '导出全部数据…' })).toBeInTheDocument();
  });
});
