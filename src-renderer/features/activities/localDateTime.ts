// <input type="datetime-local"> speaks local wall-clock time without a zone; activities store UTC instants.

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as "YYYY-MM-DDTHH:mm" in the computer's time zone. */
export function toLocalInput(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "YYYY-MM-DDTHH:mm" (local) as an ISO instant, or null when the text is not a date. */
export function fromLocalInput(value: string): string | null {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
