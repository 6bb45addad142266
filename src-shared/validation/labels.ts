// What a label print asks for (the labels screen sends it; main checks it before printing).
import { z } from 'zod';
import { validateAddressLayout } from '../labels/addressBlock';
import { ENVELOPE_SIZES } from '../labels/envelopes';
import { calibrationSchema } from '../labels/geometry';
import { contactFilter } from './filters';
import { countryCode, id, shortText } from './fields';

export const labelStyleInput = z.object({
  fontSizePt: z.number().min(5).max(24),
  boldName: z.boolean(),
  align: z.enum(['left', 'center']),
  verticalCentre: z.boolean(),
  paddingMm: z.number().min(0).max(10),
  fontFamily: shortText(100).nullable(),
});
export type LabelStyleInput = z.infer<typeof labelStyleInput>;

export const recipientsInput = z.object({
  ids: z.array(id).max(200_000).optional(),
  viewId: id.optional(),
  filter: contactFilter.optional(),
  per: z.enum(['person', 'company']),
  sort: z.enum(['name', 'postalCode']),
  includeIncomplete: z.boolean(),
  copies: z.number().int().min(1).max(100),
  includeName: z.boolean(),
  includeTitle: z.boolean(),
  includeCompany: z.boolean(),
  shou: z.boolean(),
  /** The sender's country ('' when unknown): mail within it has no country line. */
  senderCountry: countryCode,
});
export type RecipientsInput = z.infer<typeof recipientsInput>;

export const labelPrintInput = z.object({
  sheetId: shortText(60).min(1),
  /** The first free label of a partly used sheet, counted from 1. */
  start: z.object({ row: z.number().int().min(1).max(100), column: z.number().int().min(1).max(100) }),
  calibration: calibrationSchema,
  style: labelStyleInput,
  recipients: recipientsInput,
});
export type LabelPrintInput = z.infer<typeof labelPrintInput>;

export const envelopePrintInput = z.object({
  size: z.enum(ENVELOPE_SIZES),
  /** The sender's address as it should print, one line each (none: no return address). */
  returnAddress: z.array(shortText(120)).max(6),
  style: labelStyleInput,
  recipients: recipientsInput,
});
export type EnvelopePrintInput = z.infer<typeof envelopePrintInput>;

/** A sheet of the sender's own address, repeated: return-address labels. */
export const returnAddressPrintInput = labelPrintInput.omit({ recipients: true }).extend({
  lines: z.array(shortText(120)).min(1).max(6),
  count: z.number().int().min(1).max(1000),
});
export type ReturnAddressPrintInput = z.infer<typeof returnAddressPrintInput>;

/** Any print the labels screens make, for labels.print (sent to a printer rather than saved). */
export const printJobInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('labels'), print: labelPrintInput }),
  z.object({ kind: z.literal('envelopes'), print: envelopePrintInput }),
  z.object({ kind: z.literal('returnAddress'), print: returnAddressPrintInput }),
  z.object({ kind: z.literal('calibration'), sheetId: shortText(40), calibration: calibrationSchema }),
]);
export type PrintJobInput = z.infer<typeof printJobInput>;

/** The business's own address, a line each, as it prints (settings.returnAddress). */
export const returnAddressLines = z.array(shortText(120)).max(6);

/**
 * Address layouts the user wrote, by destination country ('*': every other country). Each must pass
 * validateAddressLayout: the message says which country and line is wrong.
 */
export const addressLayoutsInput = z
  .record(
    z
      .string()
      .regex(/^([A-Z]{2}|\*)$/, { error: 'A layout is for a two-letter country code, or * for every other country' }),
    z.string().max(2000),
  )
  .superRefine((layouts, ctx) => {
    const countries = Object.keys(layouts);
    if (countries.length > 300) ctx.addIssue({ code: 'custom', message: 'At most 300 layouts' });
    for (const country of countries) {
      for (const issue of validateAddressLayout(layouts[country] ?? '')) {
        ctx.addIssue({
          code: 'custom',
          path: [country],
          message: `${country === '*' ? 'Every other country' : country}: ${issue.message}`,
        });
      }
    }
  });
