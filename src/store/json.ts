// JSON helpers for the record columns: stable key order so equal metadata compares equal as text.

export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function parseRecord<T>(text: string): T {
  return JSON.parse(text) as T;
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** PostgreSQL returns count(*) as a string (bigint); SQLite as a number. */
export function toCount(value: unknown): number {
  return Number(value ?? 0);
}
