// Calendar arithmetic on UTC days: reports are dated by day, so time zones never enter.

export function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return Number.isNaN(d.getTime()) ? null : new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export const iso = (d: Date) => d.toISOString().slice(0, 10);
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
