// Converting between a saved Contact and the form's values, and between the two ways of writing a name.
import type { Contact } from '@shared/domain/contact';
import { displayNameOf } from '@shared/domain/names';
import { type contactInput, emptyContactInput } from '@shared/validation/contact';
import type { z } from 'zod';
import { normalizeLabel } from '../../components/form/labelOptions';

export type ContactFormValues = z.input<typeof contactInput>;

export function contactToFormValues(contact: Contact): ContactFormValues {
  return {
    givenName: contact.givenName,
    familyName: contact.familyName,
    fullName: contact.fullName,
    title: contact.title,
    companyId: contact.companyId,
    phones: contact.phones.map((p) => ({
      ...p,
      label: normalizeLabel(p.label),
    })),
    emails: contact.emails.map((e) => ({
      ...e,
      label: normalizeLabel(e.label),
    })),
    addresses: contact.addresses.map((a) => ({
      ...a,
      label: normalizeLabel(a.label),
    })),
    birthday: contact.birthday,
    notes: contact.notes,
    tags: [...contact.tags],
    lifecycle: contact.lifecycle,
  };
}

export function newContactFormValues(companyId: number | null): ContactFormValues {
  return { ...emptyContactInput(), companyId };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Joins given + family into one full name, in the order the name's script uses. */
export function joinName(givenName: string, familyName: string): string {
  return displayNameOf({ givenName, familyName, fullName: '' });
}

/** Best-effort split of a full name: 张三 → 张 + 三; "Ada King Lovelace" → "Ada King" + "Lovelace". */
export function splitName(fullName: string): {
  givenName: string;
  familyName: string;
} {
  const name = fullName.trim();
  if (CJK.test(name) && !/\s/.test(name)) {
    return name.length >= 2
      ? { familyName: name.slice(0, 1), givenName: name.slice(1) }
      : { familyName: name, givenName: '' };
  }
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return { givenName: name, familyName: '' };
  return {
    givenName: words.slice(0, -1).join(' '),
    familyName: words[words.length - 1]!,
  };
}
