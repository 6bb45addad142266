// Schemas for the import screen's calls: the column mapping and the reading options, validated in main like
// every other input.
import { z } from 'zod';
import { ADDRESS_PARTS, PERSON_FIELDS } from '../import/columnMapping';
import { DUPLICATE_POLICIES } from '../import/importReport';

const group = z.string().max(40);
const label = z.string().max(60);

export const columnTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), field: z.enum(PERSON_FIELDS) }),
  z.object({ kind: z.literal('phone'), group, label }),
  z.object({ kind: z.literal('email'), group, label }),
  z.object({ kind: z.literal('address'), group, label, part: z.enum(ADDRESS_PARTS) }),
  z.object({ kind: z.literal('label'), of: z.enum(['phone', 'email', 'address']), group }),
  z.object({ kind: z.literal('note') }),
  z.object({ kind: z.literal('ignore') }),
]);

export const columnMapping = z.array(
  z.object({ column: z.number().int().min(0).max(10_000), header: z.string().max(1000), target: columnTarget }),
);

export const IMPORT_ENCODINGS = [
  'auto',
  'utf-8',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'big5',
  'shift_jis',
  'windows-1252',
] as const;
export const IMPORT_DELIMITERS = ['auto', ',', ';', '\t', '|'] as const;
export const DATE_ORDERS = ['auto', 'ymd', 'mdy', 'dmy'] as const;

export const importSettings = z
  .object({
    encoding: z.enum(IMPORT_ENCODINGS),
    delimiter: z.enum(IMPORT_DELIMITERS),
    headerRow: z.union([z.literal('auto'), z.number().int().min(0).max(50)]),
    mapping: columnMapping,
    dateOrder: z.enum(DATE_ORDERS),
    onDuplicate: z.enum(DUPLICATE_POLICIES),
  })
  .partial();
