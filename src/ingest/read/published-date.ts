// Finds the publication date a report writes near its top ("date 2019-03-05", "Saturday, 23 Feb, 2019").
// Strict, bounded regexes on a short prefix: linear time whatever the input.

/** How far into the text a dateline is looked for. */
export const DATELINE_WINDOW = 400;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

interface Pattern {
  re: RegExp;
  parts(m: RegExpExecArray): [string, string, string]; // year, month, day
}

const PATTERNS: Pattern[] = [
  // 2019-03-05, 2019-03-05T10:00Z
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  // 23 Feb, 2019 / 09 February 2019 / 5th March 2019
  { re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}${MONTH},?\s{1,3}(\d{4})\b`, "gi"), parts: (m) => [m[3]!, m[2]!, m[1]!] },
  // March 5, 2019 / Feb. 23 2019
  { re: new RegExp(String.raw`\b${MONTH}\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})\b`, "gi"), parts: (m) => [m[3]!, m[1]!, m[2]!] },
];

/** The first valid calendar date written in the opening of `text`, as YYYY-MM-DD, or null. */
export function datelineDate(text: string, window = DATELINE_WINDOW): string | null {
  const head = text.slice(0, window);
  let best: { at: number; iso: string } | null = null;
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      const iso = toIso(...parts(m));
      if (iso && (!best || m.index < best.at)) best = { at: m.index, iso };
      if (iso) break;
    }
  }
  return best?.iso ?? null;
}

/** Normalises a date-ish string from metadata (ISO, or a full timestamp) to YYYY-MM-DD, or null. */
export function isoDay(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return toIso(m[1]!, m[2]!, m[3]!);
  return datelineDate(value, 64);
}

function toIso(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const mo = /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase().slice(0, 3)];
  const d = Number(day);
  if (!mo || mo < 1 || mo > 12 || y < 1900 || y > 2100 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
