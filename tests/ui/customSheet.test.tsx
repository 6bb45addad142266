// The label sheet editor on the mailing labels screen, against the real services: a sheet measured in inches is
// drawn as it is typed (one outline per label), a sheet whose labels run off the page or overlap says which field
// to change and is not saved, switching the unit converts the numbers, a saved sheet is in the picker and chosen
// like a catalogue sheet, and it can be edited, exported, imported back (a bad file is refused, naming the field)
// and deleted. Also in Chinese.
import { screen, waitFor, within } from '@testing-library/react';
import type { CustomSheetInput } from '@shared/labels/geometry';
import { renderApp } from './renderApp';

type App = Awaited<ReturnType<typeof renderApp>>['app'];
type User = Awaited<ReturnType<typeof renderApp>>['user'];

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
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

/** 2 × 3 labels of 3.5 × 2.75 in on US Letter, with gaps: measured in inches. */
const shippingSheet: CustomSheetInput = {
  name: 'Shipping 2 × 3',
  unit: 'in',
  paper: 'letter',
  columns: 2,
  rows: 3,
  labelWidth: 3.5,
  labelHeight: 2.75,
  topMargin: 1,
  leftMargin: 0.5,
  horizontalPitch: 4,
  verticalPitch: 3,
  cornerRadius: 0.125,
};

const field = (dialog: HTMLElement, name: string) => within(dialog).getByRole('spinbutton', { name });

async function fill(user: User, input: HTMLElement, value: string) {
  await user.clear(input);
  if (value !== '') await user.type(input, value);
}

const labelOutlines = (dialog: HTMLElement) => dialog.querySelectorAll('svg .labels-drawing-label');
const previewLabels = () => document.querySelectorAll('.labels-preview-sheet .labels-preview-label');
const customSheets = (app: App) => app.call('labels.customSheets', {});

async function openNewSheet(user: User) {
  await user.click(await screen.findByRole('button', { name: 'New sheet…' }));
  return screen.findByRole('dialog', { name: 'New label sheet' });
}

describe('the custom label sheet editor', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws a sheet measured in inches as it is typed, says what runs off the page, and saves it', async () => {
    const { user, app } = await renderApp('/labels');
    const dialog = await openNewSheet(user);
    // An English screen measures in inches on US Letter.
    expect(within(dialog).getByRole('radio', { name: 'Inches' })).toBeChecked();
    expect(within(dialog).getByRole('combobox', { name: 'Paper' })).toHaveValue('letter');
    expect(within(dialog).getByRole('img', { name: /page, 215\.9 × 279\.4 mm/ })).toBeInTheDocument();
    expect(labelOutlines(dialog)).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Address labels 3 × 4');
    await fill(user, field(dialog, 'Columns'), '3');
    await fill(user, field(dialog, 'Rows'), '4');
    await fill(user, field(dialog, 'Label width'), '2.5');
    await fill(user, field(dialog, 'Label height'), '2.5');
    // Drawn already, margins not entered yet.
    expect(labelOutlines(dialog)).toHaveLength(12);
    await fill(user, field(dialog, 'Top margin'), '0.5');
    await fill(user, field(dialog, 'Left margin'), '0.25');
    await fill(user, field(dialog, 'Horizontal pitch'), '2.75');

    const drawing = within(dialog).getByRole('img', { name: /3 × 4 labels on a 215\.9 × 279\.4 mm page/ });
    expect(drawing.querySelectorAll('.labels-drawing-label')).toHaveLength(12);
    expect(drawing.querySelectorAll('.is-off-page')).toHaveLength(0);
    // True proportions: the third column's left edge is 0.25 + 2 × 2.75 in from the page's, in millimetres.
    const last = drawing.querySelectorAll('.labels-drawing-label')[11]!;
    expect(Number(last.getAttribute('x'))).toBeCloseTo(5.75 * 25.4, 6);
    expect(Number(last.getAttribute('y'))).toBeCloseTo(8 * 25.4, 6);
    expect(Number(last.getAttribute('width'))).toBeCloseTo(63.5, 6);
    expect(within(dialog).getByText('12 labels per sheet')).toBeInTheDocument();
    expect(within(dialog).getByText('Every label fits on the page.')).toBeInTheDocument();

    // A fourth column runs off the right edge: drawn there in red, and the message names the field to change.
    await fill(user, field(dialog, 'Columns'), '4');
    expect(
      within(dialog).getByText(
        'Columns: The last column runs past the right edge of the page: use fewer columns, or a smaller pitch or label width',
      ),
    ).toBeInTheDocument();
    expect(labelOutlines(dialog)).toHaveLength(16);
    expect(dialog.querySelectorAll('svg .labels-drawing-label.is-off-page')).toHaveLength(4);
    expect(field(dialog, 'Columns')).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('dialog', { name: 'New label sheet' })).toBeInTheDocument();
    expect(await customSheets(app)).toEqual([]);

    // A pitch smaller than the label: overlapping labels, on the pitch.
    await fill(user, field(dialog, 'Columns'), '3');
    await fill(user, field(dialog, 'Horizontal pitch'), '2');
    expect(
      within(dialog).getByText(
        'Horizontal pitch: The horizontal pitch is less than the label width, so labels would overlap',
      ),
    ).toBeInTheDocument();
    expect(dialog.querySelectorAll('svg .labels-drawing-label.is-overlapping')).toHaveLength(12);
    await fill(user, field(dialog, 'Horizontal pitch'), '2.75');
    expect(within(dialog).queryByText(/To fix before saving/)).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved the sheet “Address labels 3 × 4”')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [saved] = await customSheets(app);
    expect(saved!.sheet).toMatchObject({ unit: 'in', paper: 'letter', columns: 3, rows: 4, labelWidth: 2.5 });
    expect(saved!.sheet.verticalPitch).toBeUndefined();
    expect(saved!.sheet.geometry).toMatchObject({ labelWidth: 63.5, horizontalPitch: 69.85, verticalPitch: 63.5 });

    // In the picker, chosen already (a sheet just measured is the one to print on), and previewed to scale.
    const option = await screen.findByRole('radio', { name: /Address labels 3 × 4/ });
    await waitFor(() => expect(option).toBeChecked());
    await waitFor(() => expect(previewLabels()).toHaveLength(12));
    expect(document.querySelector('.labels-sheet-size')).toHaveTextContent(
      /Address labels 3 × 4 · US Letter · 12 per sheet/,
    );

    // Chosen like a catalogue sheet: away to 5160 and back, by a search for its name and Enter.
    await user.click(screen.getByRole('radio', { name: /Avery 5160/ }));
    await waitFor(() => expect(previewLabels()).toHaveLength(30));
    await user.type(screen.getByRole('searchbox', { name: 'Find your sheet' }), 'address labels{Enter}');
    await waitFor(() => expect(screen.getByRole('radio', { name: /Address labels 3 × 4/ })).toBeChecked());
    expect(previewLabels()).toHaveLength(12);
  });

  it('converts what is entered when the unit changes, and back', async () => {
    const { user } = await renderApp('/labels');
    const dialog = await openNewSheet(user);
    await fill(user, field(dialog, 'Label width'), '2.625');
    await fill(user, field(dialog, 'Top margin'), '0.5');
    await fill(user, field(dialog, 'Left margin'), '0.1875');
    await user.click(within(dialog).getByRole('radio', { name: 'Millimetres' }));
    expect(field(dialog, 'Label width')).toHaveValue(66.675);
    expect(field(dialog, 'Top margin')).toHaveValue(12.7);
    expect(field(dialog, 'Left margin')).toHaveValue(4.763);
    expect(field(dialog, 'Label height')).toHaveValue(null);
    expect(field(dialog, 'Horizontal pitch')).toHaveValue(null);
    expect(within(dialog).getAllByText('mm').length).toBeGreaterThan(0);

    // A custom page starts as the paper it was, in the unit in use.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Paper' }), 'custom');
    expect(field(dialog, 'Page width')).toHaveValue(215.9);
    expect(field(dialog, 'Page height')).toHaveValue(279.4);

    await user.click(within(dialog).getByRole('radio', { name: 'Inches' }));
    expect(field(dialog, 'Label width')).toHaveValue(2.625);
    expect(field(dialog, 'Left margin')).toHaveValue(0.1875);
    expect(field(dialog, 'Page width')).toHaveValue(8.5);
    expect(field(dialog, 'Page height')).toHaveValue(11);
  });

  it('edits a sheet, exports it, imports the file back as a new sheet, and deletes both', async () => {
    const downloads = captureDownloads();
    const { user, app } = await renderApp('/labels', async (a) => {
      await a.call('labels.saveSheet', { id: null, sheet: shippingSheet });
    });

    await user.click(await screen.findByRole('button', { name: 'Edit Shipping 2 × 3' }));
    let dialog = await screen.findByRole('dialog', { name: 'Edit label sheet' });
    expect(within(dialog).getByRole('radio', { name: 'Inches' })).toBeChecked();
    expect(field(dialog, 'Label width')).toHaveValue(3.5);
    expect(labelOutlines(dialog)).toHaveLength(6);
    await fill(user, within(dialog).getByRole('textbox', { name: 'Name' }), 'Shipping 2 × 2');
    await fill(user, field(dialog, 'Rows'), '2');
    expect(labelOutlines(dialog)).toHaveLength(4);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved the changes to “Shipping 2 × 2”')).toBeInTheDocument();
    let stored = await customSheets(app);
    expect(stored.map((s) => [s.id, s.sheet.name, s.sheet.rows])).toEqual([['custom-1', 'Shipping 2 × 2', 2]]);

    // Export: the file another Rapport imports.
    await user.click(await screen.findByRole('button', { name: 'Export Shipping 2 × 2' }));
    expect(await screen.findByText('Saved Shipping 2 × 2.rapport-sheet.json')).toBeInTheDocument();
    expect(downloads.names).toEqual(['Shipping 2 × 2.rapport-sheet.json']);
    const text = await downloads.blobs[0]!.text();
    expect(JSON.parse(text)).toMatchObject({
      format: 'rapport-label-sheet',
      sheet: { name: 'Shipping 2 × 2', rows: 2 },
    });

    // …imports back as a new sheet, which is then the one in use.
    await user.upload(
      screen.getByLabelText('Label sheet file to import'),
      new File([text], 'Shipping 2 × 2.rapport-sheet.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('Imported the sheet “Shipping 2 × 2”')).toBeInTheDocument();
    stored = await customSheets(app);
    expect(stored.map((s) => s.id).sort()).toEqual(['custom-1', 'custom-2']);
    const { geometry: first, ...firstMeasurements } = stored[0]!.sheet;
    const { geometry: second, ...secondMeasurements } = stored[1]!.sheet;
    expect(secondMeasurements).toEqual(firstMeasurements);
    expect(second).toEqual(first);
    await waitFor(() => expect(screen.getAllByRole('radio', { name: /Shipping 2 × 2/ })).toHaveLength(2));
    await waitFor(() => expect(previewLabels()).toHaveLength(4));

    // Delete from the picker, with a confirmation.
    await user.click(screen.getAllByRole('button', { name: 'Delete Shipping 2 × 2' })[0]!);
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete the sheet “Shipping 2 × 2”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete sheet' }));
    expect(await screen.findByText('Deleted the sheet “Shipping 2 × 2”')).toBeInTheDocument();
    await waitFor(async () => expect(await customSheets(app)).toHaveLength(1));
    await waitFor(() => expect(screen.getAllByRole('radio', { name: /Shipping 2 × 2/ })).toHaveLength(1));

    // …and from the editor; Cancel on the confirmation keeps it.
    await user.click(screen.getByRole('button', { name: 'Edit Shipping 2 × 2' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit label sheet' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete sheet' }));
    let ask = await screen.findByRole('alertdialog');
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(await customSheets(app)).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Delete sheet' }));
    ask = await screen.findByRole('alertdialog');
    await user.click(within(ask).getByRole('button', { name: 'Delete sheet' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await customSheets(app)).toEqual([]);
    await waitFor(() => expect(screen.queryByRole('radio', { name: /^Shipping/ })).not.toBeInTheDocument());
    // The sheet in use is gone: the default catalogue sheet is chosen again.
    await waitFor(() => expect(screen.getByRole('radio', { name: /Avery 5160/ })).toBeChecked());
  });

  it('refuses a file that is not a valid sheet, saying which field is wrong', async () => {
    const { user, app } = await renderApp('/labels');
    const broken = JSON.stringify({
      format: 'rapport-label-sheet',
      version: 1,
      sheet: { ...shippingSheet, labelWidth: -1 },
    });
    await user.upload(
      await screen.findByLabelText('Label sheet file to import'),
      new File([broken], 'broken.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“broken.json” was not imported:');
    expect(alert).toHaveTextContent('Label width: Must be more than zero');

    await user.upload(
      screen.getByLabelText('Label sheet file to import'),
      new File(['name,width\nA,1\n'], 'sheet.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('“sheet.json” was not imported:'));
    expect(screen.getByRole('alert')).toHaveTextContent('Not a Rapport label sheet file');
    expect(await customSheets(app)).toEqual([]);
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('measures in millimetres on A4 in Chinese, and says what is wrong in Chinese', async () => {
    const { user } = await renderApp('/labels', async (app) => {
      await app.call('settings.update', { language: 'zh-CN' });
    });
    await user.click(await screen.findByRole('button', { name: '新建标签纸…' }));
    const dialog = await screen.findByRole('dialog', { name: '新建标签纸' });
    expect(within(dialog).getByRole('radio', { name: '毫米' })).toBeChecked();
    expect(within(dialog).getByRole('combobox', { name: '纸张' })).toHaveValue('a4');
    await fill(user, field(dialog, '列数'), '3');
    await fill(user, field(dialog, '行数'), '8');
    await fill(user, field(dialog, '标签宽度'), '70');
    await fill(user, field(dialog, '标签高度'), '37');
    expect(labelOutlines(dialog)).toHaveLength(24);
    expect(within(dialog).getByText(/每张 24 枚标签/)).toBeInTheDocument();
    await fill(user, field(dialog, '上边距'), '10');
    expect(
      within(dialog).getByText('行数：最后一行超出了纸张底边：请减少行数，或缩小垂直步距或标签高度'),
    ).toBeInTheDocument();
  });
});
