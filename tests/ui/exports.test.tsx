import { screen, within } from '@testing-library/react';
import { person, renderApp } from './renderApp';

/** Catches what the renderer hands to the browser's download: the blob and the anchor's file name. */
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
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names, click };
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

const seed = async (app: Parameters<NonNullable<Parameters<typeof renderApp>[1]>>[0]) => {
  await app.call('contacts.create', {
    contact: person({
      givenName: 'Ada',
      familyName: 'Lovelace',
      emails: [{ label: 'work', value: 'ada@example.com' }],
    }),
  });
  await app.call('contacts.create', { contact: person({ fullName: '张三', title: '经理' }) });
};

describe('export', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads everyone as a CSV that Excel opens (UTF-8 with BOM)', async () => {
    const downloads = captureDownloads();
    const { user } = await renderApp('/contacts', seed);
    await screen.findByRole('table', { name: 'Contacts list' });
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export contacts' });
    expect(within(dialog).getByText('Exports everyone in Rapport.')).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Encoding' })).toHaveValue('utf-8-bom');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(await screen.findByText('Exported 2 people to Rapport contacts 2026-11-22.csv')).toBeInTheDocument();
    expect(downloads.click).toHaveBeenCalledTimes(1);
    expect(downloads.names).toEqual(['Rapport contacts 2026-11-22.csv']);
    const bytes = await bytesOf(downloads.blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('ada@example.com');
    expect(text).toContain('张三');
    expect(downloads.blobs[0]!.type).toBe('text/csv');
    expect(screen.queryByRole('dialog', { name: 'Export contacts' })).not.toBeInTheDocument();
  });

  it('exports only the selected people, as vCards', async () => {
    const downloads = captureDownloads();
    const { user } = await renderApp('/contacts', seed);
    const table = await screen.findByRole('table', { name: 'Contacts list' });
    await user.click(await within(table).findByRole('checkbox', { name: 'Select 张三' }));
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export contacts' });
    expect(within(dialog).getByText('Exports the 1 selected person.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: /vCard/ }));
    expect(within(dialog).queryByRole('combobox', { name: 'Encoding' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));

    expect(await screen.findByText('Exported 1 person to Rapport contacts 2026-11-22.vcf')).toBeInTheDocument();
    expect(downloads.names).toEqual(['Rapport contacts 2026-11-22.vcf']);
    const text = new TextDecoder().decode(await bytesOf(downloads.blobs[0]!));
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(1);
    expect(text).toContain('张三');
    expect(text).not.toContain('Lovelace');
  });

  it('exports a GB18030 CSV for older Chinese Excel', async () => {
    const downloads = captureDownloads();
    const { user } = await renderApp('/contacts', seed);
    await screen.findByRole('table', { name: 'Contacts list' });
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export contacts' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Encoding' }), 'gb18030');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await screen.findByText(/^Exported 2 people/);
    const text = new TextDecoder('gb18030').decode(await bytesOf(downloads.blobs[0]!));
    expect(text).toContain('张三');
    expect(text).toContain('经理');
  });
});
