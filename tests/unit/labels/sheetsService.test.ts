// Custom label sheets and printer calibrations through the contract, on a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../support/testApp';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.cleanup();
});

const measured = {
  name: 'Shop stickers 2×5',
  unit: 'in' as const,
  paper: 'letter' as const,
  columns: 2,
  rows: 5,
  labelWidth: 4,
  labelHeight: 2,
  leftMargin: 0.15625,
  topMargin: 0.5,
  horizontalPitch: 4.1875,
  verticalPitch: 2,
  cornerRadius: 0.0625,
};

describe('custom label sheets', () => {
  it('keeps a sheet measured in inches as entered, with its geometry in millimetres', async () => {
    const saved = await app.call('labels.saveSheet', { id: null, sheet: measured });
    expect(saved.id).toMatch(/^custom-\d+$/);
    expect(saved.sheet).toMatchObject({ name: 'Shop stickers 2×5', unit: 'in', labelWidth: 4 });
    const g = saved.sheet.geometry;
    expect([g.pageWidth, g.pageHeight, g.labelWidth, g.leftMargin, g.horizontalPitch]).toEqual(
      [215.9, 279.4, 101.6, 3.96875, 106.3625].map((mm) => expect.closeTo(mm, 9)),
    );
    expect((await app.call('labels.customSheets', {})).map((s) => s.id)).toEqual([saved.id]);
    const renamed = await app.call('labels.saveSheet', { id: saved.id, sheet: { ...measured, name: 'Stickers' } });
    expect(renamed.id).toBe(saved.id);
    expect((await app.call('labels.customSheets', {})).map((s) => s.sheet.name)).toEqual(['Stickers']);
  });

  it('refuses a sheet whose labels run off the page, naming the measurement to change', async () => {
    await expect(app.call('labels.saveSheet', { id: null, sheet: { ...measured, columns: 3 } })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'sheet.columns', message: 'validation.columnsPastRightEdge' }],
    });
    expect(await app.call('labels.customSheets', {})).toEqual([]);
  });

  it('exports a sheet to a small file and imports it back; a file that is not a sheet is refused plainly', async () => {
    const saved = await app.call('labels.saveSheet', { id: null, sheet: measured });
    const file = await app.call('labels.exportSheet', { id: saved.id });
    expect(file.fileName).toBe('Shop stickers 2×5.rapport-sheet.json');
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(JSON.parse(text)).toMatchObject({
      format: 'rapport-label-sheet',
      version: 1,
      sheet: { unit: 'in', columns: 2 },
    });
    const again = await app.call('labels.importSheet', { fileName: file.fileName, contentBase64: file.contentBase64 });
    expect(again.sheet.geometry).toEqual(saved.sheet.geometry);
    const broken = Buffer.from(text.replace('"labelWidth": 4', '"labelWidth": -4'), 'utf8').toString('base64');
    await expect(app.call('labels.importSheet', { fileName: 'broken.json', contentBase64: broken })).rejects.toThrow(
      /broken\.json: .*label width/i,
    );
    const notOurs = Buffer.from('{"hello": "world"}', 'utf8').toString('base64');
    await expect(app.call('labels.importSheet', { fileName: 'x.json', contentBase64: notOurs })).rejects.toThrow(
      /Not a Rapport label sheet file/,
    );
  });
});

describe('printer calibration', () => {
  it('is none until saved, then remembered per printer and sheet, and goes with a deleted custom sheet', async () => {
    const none = await app.call('labels.calibration', { printer: 'Office LaserJet', sheetId: 'avery-5160' });
    expect(none).toEqual({ offsetX: 0, offsetY: 0, scale: 1 });
    await app.call('labels.saveCalibration', {
      printer: 'Office LaserJet',
      sheetId: 'avery-5160',
      calibration: { offsetX: 1.2, offsetY: -0.6, scale: 1.005 },
    });
    expect(await app.call('labels.calibration', { printer: 'Office LaserJet', sheetId: 'avery-5160' })).toEqual({
      offsetX: 1.2,
      offsetY: -0.6,
      scale: 1.005,
    });
    expect(await app.call('labels.calibration', { printer: 'Home inkjet', sheetId: 'avery-5160' })).toEqual(none);
    await expect(
      app.call('labels.saveCalibration', {
        printer: 'Office LaserJet',
        sheetId: 'avery-5160',
        calibration: { offsetX: 25, offsetY: 0, scale: 1 },
      }),
    ).rejects.toMatchObject({ issues: [{ path: 'calibration.offsetX', message: 'validation.calibrationOffset' }] });
    const custom = await app.call('labels.saveSheet', { id: null, sheet: measured });
    await app.call('labels.saveCalibration', {
      printer: 'Office LaserJet',
      sheetId: custom.id,
      calibration: { offsetX: 0.5, offsetY: 0.5, scale: 1 },
    });
    await app.call('labels.deleteSheet', { id: custom.id });
    await expect(
      app.call('labels.saveCalibration', {
        printer: 'Office LaserJet',
        sheetId: custom.id,
        calibration: { offsetX: 0.5, offsetY: 0.5, scale: 1 },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
