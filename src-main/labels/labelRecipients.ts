// Who gets a label, and what it says: the people of a selection, a saved view, a tag or everyone — one label
// each, or one per company they work for — with the address block in the destination country's order; those
// without a complete address listed with the reason (and left out, unless the user includes them anyway).
import type { Company, Contact, PostalAddress } from '@shared/domain/contact';
import {
  compareRecipientsByName,
  compareRecipientsByPostalCode,
  formatAddressBlock,
  isCompleteAddress,
  labelRecipientOfCompany,
  labelRecipientOfContact,
  type AddressBlockOptions,
  type LabelRecipient,
  type MissingAddressPart,
} from '@shared/labels/addressBlock';
import type { ContactFilter } from '@shared/validation/filters';
import { displayNameOf } from '@shared/domain/names';
import type { AppContext } from '../context';
import { loadCompanies } from '../companies/companiesRepository';
import { selectContacts } from '../exports/exportService';

export interface RecipientsRequest {
  /** Chosen people; else a saved view; else a filter (a tag is `{ tags: [tag] }`); else everyone. */
  ids?: number[];
  viewId?: number;
  filter?: ContactFilter;
  per: 'person' | 'company';
  sort: 'name' | 'postalCode';
  includeIncomplete: boolean;
  /** Labels per recipient (1 or more). */
  copies: number;
  block: AddressBlockOptions;
  locale: string;
}

export interface LeftOut {
  entityType: 'contact' | 'company';
  id: number;
  name: string;
  /** In English, for logs and the CLI; screens word it from `missing`. */
  reason: string;
  missing: MissingAddressPart[];
}

export interface LabelRecipients {
  /** One address block per label, in order (copies next to each other). */
  blocks: string[][];
  /** Which line of each block is the person's name (bold when asked), null when none is printed. */
  nameLines: Array<number | null>;
  recipients: number;
  leftOut: LeftOut[];
}

const NO_ADDRESS: PostalAddress = { label: '', street: '', city: '', region: '', postalCode: '', country: '' };

/** A record's mailing address: the first one its country's mail would accept, else the first one. */
function mailingAddress(addresses: readonly PostalAddress[], senderCountry: string): PostalAddress | null {
  return addresses.find((a) => isCompleteAddress(a, senderCountry).complete) ?? addresses[0] ?? null;
}

export async function labelRecipients(ctx: AppContext, request: RecipientsRequest): Promise<LabelRecipients> {
  const people = await selectContacts(ctx, {
    ids: request.ids,
    viewId: request.viewId,
    filter: request.filter,
    sort: { field: 'name', direction: 'asc' },
  });
  const candidates: Array<{
    entityType: 'contact' | 'company';
    id: number;
    name: string;
    recipient: LabelRecipient | null;
    reason?: string;
    missing?: MissingAddressPart[];
  }> = [];
  const sender = request.block.senderCountry;
  const consider = (
    entityType: 'contact' | 'company',
    record: Contact | Company,
    name: string,
    toRecipient: (address: PostalAddress) => LabelRecipient,
  ) => {
    const address = mailingAddress(record.addresses, sender);
    const completeness = isCompleteAddress(address, sender);
    candidates.push({
      entityType,
      id: record.id,
      name,
      recipient: completeness.complete || request.includeIncomplete ? toRecipient(address ?? NO_ADDRESS) : null,
      ...(completeness.complete ? {} : { reason: completeness.reason, missing: completeness.missing }),
    });
  };
  if (request.per === 'person') {
    for (const c of people) consider('contact', c, c.displayName, (a) => labelRecipientOfContact(c, a));
  } else {
    const companyIds = [...new Set(people.flatMap((c) => (c.companyId === null ? [] : [c.companyId])))];
    const companies: Company[] = [];
    for (let i = 0; i < companyIds.length; i += 500)
      companies.push(...(await loadCompanies(ctx.db, companyIds.slice(i, i + 500))));
    for (const co of companies) consider('company', co, co.name, (a) => labelRecipientOfCompany(co, a));
  }
  const included = candidates.filter((c) => c.recipient !== null);
  const order =
    request.sort === 'postalCode'
      ? compareRecipientsByPostalCode(sender, request.locale)
      : compareRecipientsByName(request.locale);
  // People come in the list's name order already (pinyin-aware, as the lists sort); companies are sorted here.
  if (request.sort === 'postalCode' || request.per === 'company')
    included.sort((a, b) => order(a.recipient!, b.recipient!));
  const blocks: string[][] = [];
  const nameLines: Array<number | null> = [];
  for (const c of included) {
    const lines = formatAddressBlock(c.recipient!, request.block);
    // The name line is where the name is (first in the West, after the address in China).
    const name = displayNameOf(c.recipient!);
    const nameLine = name === '' ? -1 : lines.findIndex((line) => line.includes(name));
    for (let i = 0; i < request.copies; i++) {
      blocks.push(lines);
      nameLines.push(nameLine < 0 ? null : nameLine);
    }
  }
  return {
    blocks,
    nameLines,
    recipients: included.length,
    leftOut: candidates
      .filter((c) => c.reason !== undefined && c.recipient === null)
      .map(({ entityType, id, name, reason, missing }) => ({
        entityType,
        id,
        name,
        reason: reason!,
        missing: missing ?? [],
      })),
  };
}
