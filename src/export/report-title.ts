// The title a report is shown under, the same in the API, the CSV, the GeoJSON and the brief.

/** A title longer than this is cut at a word (a first line that is a whole paragraph is no title). */
const TITLE_MAX = 120;

/**
 * A report's title: its own; without one, the headline its text opens with (among the first lines, one of 4–25 words,
 * not ending like a sentence, in headline case: a dateline or site name in Title Case, "Radio Dalsan - 13 May 2025",
 * is passed over); else its first line of text, cut at TITLE_MAX characters; null for a report with no text either.
 */
export function reportTitleOf(report: { title?: string | null; text?: string | null } | null | undefined): string | null {
  const title = report?.title?.trim();
  if (title) return title;
  const text = report?.text;
  if (!text) return null;
  const lines = text.slice(0, 4000).split(/\r?\n/).map((line) => line.replace(/\s+/g, " ").trim()).filter(Boolean);
  for (const line of lines.slice(0, 3)) {
    const words = line.split(" ");
    const lowercase = words.filter((w) => /^[a-z]/.test(w)).length;
    if (words.length >= 4 && words.length <= 25 && !/[.:;,]$/.test(line) && lowercase >= 2) return cut(line);
  }
  return lines[0] ? cut(lines[0]) : null;
}

function cut(line: string): string {
  return line.length <= TITLE_MAX ? line : `${line.slice(0, TITLE_MAX).replace(/\s+\S*$/, "")}…`;
}
