// Calendar arithmetic on UTC days: reports are dated by day, so time zones never enter.

export function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return Number.isNaN(d.getTime()) ? null : new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** YYYY-MM-DD of the UTC day, as toISOString writes it (which is left to write years outside 0-9999 and invalid dates). */
export function iso(d: Date): string {
  const year = d.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return d.toISOString().slice(0, 10);
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}
const pad = (n: number, width: number) => String(n).padStart(width, "0");
export const dayOfWeek = (d: Date) => d.getUTCDay();
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

export function addMonths(d: Date, n: number): Date {
  const r = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth(), Math.min(d.getUTCDate(), last)));
}

/** Monday of the week holding d. */
export function startOfWeek(d: Date): Date {
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}
