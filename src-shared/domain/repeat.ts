// Repeat rules between the form's terms and RFC 5545 RRULE values (what is stored, exported and imported).
// A rule the form cannot show (BYSETPOS, several BYMONTHDAYs…) stays a 'custom' rule, kept exactly.
import { WEEKDAYS, type Repeat, type RepeatEnd, type Weekday } from './calendar';

const FREQ = { daily: 'DAILY', weekly: 'WEEKLY', monthly: 'MONTHLY', yearly: 'YEARLY' } as const;

/** The weekday of a "YYYY-MM-DD…" date. */
export function weekdayOf(local: string): Weekday {
  const [y, m, d] = local.slice(0, 10).split('-').map(Number);
  const sundayFirst = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7]!;
}

/** Which of its weekday in the month a date is: 1–4, or -1 for the last (a 5th is always the last). */
export function weekdayOrdinalOf(local: string): number {
  const day = Number(local.slice(8, 10));
  const nth = Math.ceil(day / 7);
  const [y, m] = local.slice(0, 7).split('-').map(Number);
  const daysInMonth = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return day + 7 > daysInMonth ? -1 : nth;
}

/** The RRULE value for a repeat starting at `start` ("YYYY-MM-DD" or "YYYY-MM-DDTHH:mm"). */
export function repeatToRrule(repeat: Repeat, start: string): string {
  if (repeat.freq === 'custom') return repeat.rrule;
  const parts = [`FREQ=${FREQ[repeat.freq]}`];
  if (repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
  if (repeat.freq === 'weekly') {
    const days = repeat.weekdays.length > 0 ? repeat.weekdays : [weekdayOf(start)];
    parts.push(`BYDAY=${WEEKDAYS.filter((d) => days.includes(d)).join(',')}`);
  }
  if (repeat.freq === 'monthly') {
    parts.push(
      repeat.monthlyBy === 'weekday'
        ? `BYDAY=${weekdayOrdinalOf(start)}${weekdayOf(start)}`
        : `BYMONTHDAY=${Number(start.slice(8, 10))}`,
    );
  }
  if (repeat.end.kind === 'count') parts.push(`COUNT=${repeat.end.count}`);
  // UNTIL is inclusive: the whole last day counts (floating, like the start).
  if (repeat.end.kind === 'until') parts.push(`UNTIL=${repeat.end.date.replaceAll('-', '')}T235959`);
  return parts.join(';');
}

/** The form's terms for a stored rule; 'custom' when the form cannot show it exactly. */
export function rruleToRepeat(rrule: string, start: string): Repeat {
  const custom: Repeat = { freq: 'custom', rrule };
  const fields = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const [key, value] = part.split('=');
    if (!key || value === undefined || fields.has(key.toUpperCase())) return custom;
    fields.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = (Object.keys(FREQ) as (keyof typeof FREQ)[]).find((f) => FREQ[f] === fields.get('FREQ'));
  if (!freq) return custom;
  const interval = Number(fields.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1 || interval > 99) return custom;
  const end = endOf(fields);
  if (!end) return custom;
  const repeat: Repeat = { freq, interval, weekdays: [], monthlyBy: 'date', end };
  const known = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'WKST']);
  if (freq === 'weekly' && fields.has('BYDAY')) {
    const days = fields.get('BYDAY')!.split(',');
    if (!days.every((d) => (WEEKDAYS as readonly string[]).includes(d))) return custom;
    repeat.weekdays = WEEKDAYS.filter((d) => days.includes(d));
    known.add('BYDAY');
  }
  if (freq === 'monthly') {
    if (fields.get('BYMONTHDAY') === String(Number(start.slice(8, 10)))) known.add('BYMONTHDAY');
    else if (fields.get('BYDAY') === `${weekdayOrdinalOf(start)}${weekdayOf(start)}`) {
      repeat.monthlyBy = 'weekday';
      known.add('BYDAY');
    } else if (fields.has('BYMONTHDAY') || fields.has('BYDAY')) return custom;
  }
  return [...fields.keys()].every((k) => known.has(k)) ? repeat : custom;
}

function endOf(fields: Map<string, string>): RepeatEnd | null {
  if (fields.has('COUNT') && fields.has('UNTIL')) return null;
  if (fields.has('COUNT')) {
    const count = Number(fields.get('COUNT'));
    return Number.isInteger(count) && count >= 1 && count <= 999 ? { kind: 'count', count } : null;
  }
  if (fields.has('UNTIL')) {
    const m = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(fields.get('UNTIL')!);
    return m ? { kind: 'until', date: `${m[1]}-${m[2]}-${m[3]}` } : null;
  }
  return { kind: 'never' };
}
