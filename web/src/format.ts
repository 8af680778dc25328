// Formatting for people: numbers with thousands separators, readable dates, figure ranges.
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const shortDateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export const formatNumber = (value: number | null | undefined): string => (value === null || value === undefined ? "—" : numberFormat.format(value));

function parseDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export const formatDate = (iso: string | null | undefined): string => {
  const date = parseDate(iso);
  return date ? dateFormat.format(date) : "undated";
};

export const formatShortDate = (iso: string | null | undefined): string => {
  const date = parseDate(iso);
  return date ? shortDateFormat.format(date) : "—";
};

export function formatPeriod(start: string, end: string): string {
  return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
}

const QUALIFIER_WORDS: Record<string, string> = { approx: "about", min: "at least", max: "up to" };

/** "about 3,000", "200 to 300", "hundreds (200–999)": how a claim's value was stated. */
export function formatClaimValue(claim: { value: number | null; low: number | null; high: number | null; qualifier: string; vague?: string | null }): string {
  if (claim.qualifier === "range") return `${formatNumber(claim.low)} to ${formatNumber(claim.high)}`;
  if (claim.qualifier === "vague") {
    const span = `${formatNumber(claim.low)}–${claim.high === null ? "…" : formatNumber(claim.high)}`;
    return claim.vague ? `${claim.vague} (${span})` : span;
  }
  const word = QUALIFIER_WORDS[claim.qualifier];
  return word ? `${word} ${formatNumber(claim.value)}` : formatNumber(claim.value);
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "An SDF official" reads "according to an SDF official" mid-sentence. */
export const midSentence = (name: string) => name.replace(/^(A|An|The) /, (article) => article.toLowerCase());
