// What the system print dialog is given: the sheet's page at 100 % with no printer margins, and what its answer
// means to the user.
import { describe, expect, it } from 'vitest';
import { printerList, printOutcome, systemPrintOptions } from '../../../src-main/labels/systemPrint';

describe('printing through the system dialog', () => {
  it('asks for the sheet’s own page size in microns, no margins, 100 %, one page per sheet, the chosen printer', () => {
    expect(systemPrintOptions({ widthMm: 215.9, heightMm: 279.4 }, 'Office LaserJet')).toEqual({
      silent: false,
      printBackground: true,
      deviceName: 'Office LaserJet',
      margins: { marginType: 'none' },
      pageSize: { width: 215_900, height: 279_400 },
      scaleFactor: 100,
      landscape: false,
      pagesPerSheet: 1,
    });
    // No printer chosen: the dialog opens on the system's default.
    expect(systemPrintOptions({ widthMm: 220, heightMm: 110 }, null)).not.toHaveProperty('deviceName');
    expect(systemPrintOptions({ widthMm: 220, heightMm: 110 }, null).pageSize).toEqual({
      width: 220_000,
      height: 110_000,
    });
  });

  it('takes a cancelled dialog as nothing printed, and a failure as an error that says what to do', () => {
    expect(printOutcome(true, '')).toEqual({ printed: true });
    expect(printOutcome(false, 'Print job canceled')).toEqual({ printed: false });
    expect(printOutcome(false, 'cancelled')).toEqual({ printed: false });
    expect(() => printOutcome(false, 'Print job failed')).toThrow(
      /The printer did not take the job \(Print job failed\)\. .*save a PDF/,
    );
  });

  it('lists the default printer first, then by the name people see', () => {
    expect(
      printerList([
        { name: 'zebra', displayName: 'Zebra ZD420', options: {} },
        { name: 'hp', displayName: '', options: { 'printer-is-default': 'true' } },
        { name: 'brother', displayName: 'Brother QL-800' },
      ]),
    ).toEqual([
      { name: 'hp', displayName: 'hp', isDefault: true },
      { name: 'brother', displayName: 'Brother QL-800', isDefault: false },
      { name: 'zebra', displayName: 'Zebra ZD420', isDefault: false },
    ]);
  });
});
