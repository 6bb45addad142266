// Finds the rows of an import that are probably people already in Rapport — same email, same phone number
// (whatever its formatting; the last 7+ digits agree), or same name at the same company — or that repeat an
// earlier row of the same file. Built once per import from every live person, so 100,000 rows cost 100,000 map
// lookups, not 100,000 queries.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { contactMatchKeys } from '../contacts/contactsRepository';
import { normalizeEmail } from '../contacts/detailsRepository';
import { foldText, PHONE_MATCH_DIGITS as PHONE_TAIL, phoneDigits, samePhoneNumber } from '../search/text';

export interface MatchCandidate {
  emails: string[];
  phones: string[];
  displayName: string;
  companyName: string;
}

export interface Match {
  /** An existing person's id, or a row number of this file (negative ids are never used: see `row`). */
  existingId: number | null;
  earlierRow: number | null;
  name: string;
  reason: 'email' | 'phone' | 'name';
}

interface Owner {
  id: number | null;
  row: number | null;
  name: string;
}

const nameKey = (name: string, company: string) => `${foldText(name).trim()}\u0000${foldText(company).trim()}`;

export class DuplicateIndex {
  private readonly byEmail = new Map<string, Owner>();
  private readonly byPhoneTail = new Map<string, Array<Owner & { digits: string }>>();
  private readonly byName = new Map<string, Owner>();

  static async ofDatabase(db: Kysely<Database>): Promise<DuplicateIndex> {
    const index = new DuplicateIndex();
    const { points, names } = await contactMatchKeys(db);
    for (const p of points) {
      const owner = { id: p.id, row: null, name: p.display_name };
      if (p.kind === 'email') index.byEmail.set(p.normalized, owner);
      else index.addPhone(p.normalized, owner);
    }
    for (const n of names) {
      if (n.company_name)
        index.byName.set(nameKey(n.display_name, n.company_name), { id: n.id, row: null, name: n.display_name });
    }
    return index;
  }

  private addPhone(digits: string, owner: Owner) {
    if (digits.length < PHONE_TAIL) return;
    const tail = digits.slice(-PHONE_TAIL);
    const list = this.byPhoneTail.get(tail) ?? [];
    list.push({ ...owner, digits });
    this.byPhoneTail.set(tail, list);
  }

  find(candidate: MatchCandidate): Match | null {
    const as = (o: Owner, reason: Match['reason']): Match => ({
      existingId: o.id,
      earlierRow: o.row,
      name: o.name,
      reason,
    });
    for (const email of candidate.emails) {
      const hit = this.byEmail.get(normalizeEmail(email));
      if (hit) return as(hit, 'email');
    }
    for (const phone of candidate.phones) {
      const digits = phoneDigits(phone);
      if (digits.length < PHONE_TAIL) continue;
      const hit = this.byPhoneTail.get(digits.slice(-PHONE_TAIL))?.find((o) => samePhoneNumber(o.digits, digits));
      if (hit) return as(hit, 'phone');
    }
    if (candidate.companyName.trim() !== '' && candidate.displayName.trim() !== '') {
      const hit = this.byName.get(nameKey(candidate.displayName, candidate.companyName));
      if (hit) return as(hit, 'name');
    }
    return null;
  }

  /** Remembers a row that will be imported, so later rows repeating it are caught. */
  add(candidate: MatchCandidate, owner: { id: number | null; row: number | null }): void {
    const o = { ...owner, name: candidate.displayName };
    for (const email of candidate.emails) {
      const key = normalizeEmail(email);
      if (!this.byEmail.has(key)) this.byEmail.set(key, o);
    }
    for (const phone of candidate.phones) this.addPhone(phoneDigits(phone), o);
    if (candidate.companyName.trim() !== '' && candidate.displayName.trim() !== '') {
      const key = nameKey(candidate.displayName, candidate.companyName);
      if (!this.byName.has(key)) this.byName.set(key, o);
    }
  }
}
