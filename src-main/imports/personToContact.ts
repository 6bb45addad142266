// Rapport's rules for one imported person: from raw text (ImportedPerson) to a ContactInput that passes the
// same validation as the form, plus every problem found, each with its row and (when known) column.
import type { LifecycleStage } from '@shared/domain/contact';
import type { ImportedPerson } from '@shared/import/importedPerson';
import type { ImportIssue, ImportIssueCode } from '@shared/import/importReport';
import { emptyContactInput, contactInput, type ContactInput } from '@shared/validation/contact';
import { validationMessageEn } from '@shared/validation/messages';
import { contactNameFrom, countryCode, parseDateValue, type DateOrder } from './valueParsing';

export type DraftKind = 'person' | 'company-only' | 'empty';

export interface ContactDraft {
  row: number;
  kind: DraftKind;
  /** Valid when there is no error among `issues`. companyId is filled in at commit time. */
  input: ContactInput;
  companyName: string;
  issues: ImportIssue[];
  /** The date order question this row raises ("03/04/2024"), when the order was left to detection. */
  ambiguousDate: boolean;
}

/** Finds which column a value came from, for messages ("column “E-mail 2 - Value”"). */
export type ColumnOf = (row: number, value: string) => string | null;

/** A value named in a message, cut short: a 10 MB cell must not become a 10 MB message. */
const short = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);
const quoted = (value: string) => `“${short(value)}”`;

/** Lifecycle stages as Rapport writes them (keys, English and Chinese screen names) and as other tools say them. */
const LIFECYCLE_NAMES: Record<string, LifecycleStage> = {
  lead: 'lead',
  prospect: 'prospect',
  customer: 'customer',
  repeat: 'repeat',
  'repeat customer': 'repeat',
  lapsed: 'lapsed',
  潜在客户: 'lead',
  线索: 'lead',
  意向客户: 'prospect',
  客户: 'customer',
  成交客户: 'customer',
  回头客: 'repeat',
  老客户: 'repeat',
  流失客户: 'lapsed',
};

const joinLines = (...parts: string[]) =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n');

export function toContactDraft(
  person: ImportedPerson,
  options: { dateOrder: 'auto' | DateOrder; columnOf: ColumnOf },
): ContactDraft {
  const row = person.sourceRow;
  const issues: ImportIssue[] = [];
  const issue = (
    severity: ImportIssue['severity'],
    field: string,
    code: ImportIssueCode,
    message: string,
    value?: string,
    extra: Record<string, string> = {},
  ) =>
    issues.push({
      row,
      column: value ? options.columnOf(row, value) : null,
      field,
      severity,
      message,
      code,
      params: { ...(value !== undefined ? { value: short(value.trim()) } : {}), ...extra },
    });

  const input = emptyContactInput();
  Object.assign(input, contactNameFrom(person));
  input.title = [person.title.trim(), person.department.trim()].filter(Boolean).join(', ');
  input.phones = person.phones
    .filter((p) => p.value.trim() !== '')
    .map((p) => ({ label: p.label, value: p.value.trim() }));
  input.emails = person.emails
    .filter((e) => e.value.trim() !== '')
    .map((e) => ({ label: e.label, value: e.value.trim() }));
  input.addresses = person.addresses
    .map((a) => {
      const street =
        joinLines(a.district && a.street ? `${a.district}${a.street}` : a.district || a.street) || a.formatted.trim();
      const country = countryCode(a.country);
      if (a.country.trim() !== '' && country === '') {
        issue(
          'warning',
          'country',
          'unknownCountry',
          `Country ${quoted(a.country.trim())} is not recognised; it was left blank.`,
          a.country,
        );
      }
      return {
        label: a.label,
        street,
        city: a.city.trim(),
        region: a.region.trim(),
        postalCode: a.postalCode.trim(),
        country,
      };
    })
    .filter((a) => a.street || a.city || a.region || a.postalCode || a.country);
  input.tags = person.tags;
  input.notes = joinLines(person.notes, ...person.websites.map((w) => `Website: ${w}`), ...person.extraNotes);

  if (person.lifecycle.trim() !== '') {
    const stage = LIFECYCLE_NAMES[person.lifecycle.trim().toLowerCase()];
    if (stage) input.lifecycle = stage;
    else
      issue(
        'warning',
        'lifecycle',
        'unknownStage',
        `Stage ${quoted(person.lifecycle.trim())} is not one Rapport knows; “lead” was used.`,
        person.lifecycle,
      );
  }

  let ambiguousDate = false;
  const birthday = parseDateValue(person.birthday, options.dateOrder);
  if (birthday.kind === 'date') input.birthday = birthday.value;
  else if (birthday.kind === 'ambiguous') {
    ambiguousDate = true;
    issue(
      'error',
      'birthday',
      'ambiguousDate',
      `Birthday ${quoted(person.birthday)} could be read two ways; choose the date order.`,
      person.birthday,
    );
  } else if (birthday.kind === 'invalid') {
    issue(
      'error',
      'birthday',
      'invalidDate',
      `Birthday ${quoted(person.birthday)} is not a date Rapport can read.`,
      person.birthday,
    );
  }

  const hasName = input.givenName !== '' || input.familyName !== '' || input.fullName !== '';
  const companyName = person.company.trim();
  const kind: DraftKind = hasName ? 'person' : companyName !== '' ? 'company-only' : 'empty';
  if (kind === 'empty') {
    const anything = input.emails[0]?.value ?? input.phones[0]?.value;
    if (anything) issue('error', 'name', 'noName', 'This row has no name and no company.');
    return { row, kind, input, companyName, issues, ambiguousDate };
  }
  if (kind === 'person') {
    const checked = contactInput.safeParse(input);
    if (!checked.success) {
      for (const zodIssue of checked.error.issues) {
        const [field, index, sub] = zodIssue.path.map(String);
        const value =
          field === 'emails' || field === 'phones'
            ? input[field][Number(index)]?.value
            : field === 'addresses'
              ? String(input.addresses[Number(index)]?.[sub as keyof ContactInput['addresses'][number]] ?? '')
              : typeof input[field as keyof ContactInput] === 'string'
                ? (input[field as keyof ContactInput] as string)
                : undefined;
        const fieldName = field === 'emails' ? 'email' : field === 'phones' ? 'phone' : (field ?? 'name');
        issue(
          'error',
          fieldName,
          'invalidValue',
          `${validationMessageEn(zodIssue.message)}${value ? `: ${quoted(value)}` : ''}.`,
          value,
          { problem: zodIssue.message },
        );
      }
    } else {
      Object.assign(input, checked.data);
    }
  }
  return { row, kind, input, companyName, issues, ambiguousDate };
}
