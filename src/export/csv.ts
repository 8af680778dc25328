// RFC 4180 CSV: quote fields holding commas, quotes or line breaks; CRLF between records.

export type Cell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /**
   * Prefix text cells that start with = + - @ (or a tab/CR) with an apostrophe, so a spreadsheet opening the
   * file never runs report text as a formula. Numbers are never touched. Default true.
   */
  spreadsheetSafe?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell, opts: CsvOptions = {}): string {
  if (value == null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let s = String(value);
  if (opts.spreadsheetSafe !== false && typeof value === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: Cell[], opts: CsvOptions = {}): string {
  return cells.map((c) => csvCell(c, opts)).join(",") + "\r\n";
}

/** Parses RFC 4180 CSV back into rows (used by tests and by anyone re-reading an export). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", i = 0, quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += ch; i++; continue;
    }
    if (ch === '"' && field === "") { quoted = true; i++; continue; }
    if (ch === ",") { row.push(field); field = ""; i++; continue; }
    if (ch === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i += 2; continue; }
    if (ch === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; continue; }
    field += ch; i++;
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows;
}
