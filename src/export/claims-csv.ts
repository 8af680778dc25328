// Claims as CSV for spreadsheets and ACLED-style workflows (columns documented in docs/export.md).
import type { Claim } from "../doc/document.ts";
import type { ReportInfo } from "../reconcile/report-info.ts";
import { CLAIM_COLUMNS, claimRow } from "./claim-rows.ts";
import { csvRow, type CsvOptions } from "./csv.ts";

export function claimsToCsv(claims: Claim[], reports: ReportInfo[], opts: CsvOptions = {}): string {
  return [...claimsCsvLines(claims, reports, opts)].join("");
}

/** The same CSV a line at a time, for streaming large exports. */
export function* claimsCsvLines(claims: Iterable<Claim>, reports: ReportInfo[], opts: CsvOptions = {}): Generator<string> {
  const byId = new Map(reports.map((r) => [r.id, r]));
  yield csvRow([...CLAIM_COLUMNS], { spreadsheetSafe: false });
  for (const claim of claims) {
    const row = claimRow(claim, byId.get(claim.doc));
    yield csvRow(CLAIM_COLUMNS.map((c) => row[c]), opts);
  }
}
