// Claim writers for `extract --format`: jsonl (one record a line), json (one array), table (for people).
import type { Claim } from "../../doc/document.ts";
import { claimRecord } from "./claim-record.ts";
import type { Output } from "./output.ts";

export const CLAIM_FORMATS = ["jsonl", "json", "table"] as const;
export type ClaimFormat = (typeof CLAIM_FORMATS)[number];

export interface ClaimWriter {
  begin(): Promise<void>;
  write(claim: Claim): Promise<void>;
  end(): Promise<void>;
}

export function claimWriter(format: ClaimFormat, out: Output): ClaimWriter {
  switch (format) {
    case "jsonl":
      return { begin: async () => {}, write: (c) => out.write(JSON.stringify(claimRecord(c)) + "\n"), end: async () => {} };
    case "json": {
      let first = true;
      return {
        begin: () => out.write("["),
        write: (c) => {
          const sep = first ? "\n" : ",\n";
          first = false;
          return out.write(sep + JSON.stringify(claimRecord(c)));
        },
        end: () => out.write(first ? "]\n" : "\n]\n"),
      };
    }
    case "table":
      return tableWriter(out);
  }
}

interface Column {
  title: string;
  width: number;
  cell(c: Claim): string;
}

const COLUMNS: Column[] = [
  { title: "doc", width: 26, cell: (c) => c.doc },
  { title: "category", width: 11, cell: (c) => c.category },
  { title: "value", width: 15, cell: valueCell },
  { title: "qualifier", width: 9, cell: (c) => c.qualifier },
  { title: "subject", width: 14, cell: (c) => c.subject },
  { title: "source", width: 26, cell: (c) => (c.source ? c.source.name + (c.source.org && c.source.org !== c.source.name ? ` (${c.source.org})` : "") : "-") },
  { title: "place", width: 16, cell: (c) => c.place?.name ?? "-" },
  { title: "time", width: 22, cell: (c) => (c.time ? (c.time.start === c.time.end ? c.time.start : `${c.time.start}..${c.time.end}`) : "-") },
];

/** The figure as a reader would say it: 3000, 200-999 (hundreds), 2700-3000. */
export function valueCell(c: Claim): string {
  const range = (lo: number | null, hi: number | null) => `${lo ?? "?"}-${hi ?? "?"}`;
  if (c.qualifier === "vague") return `${range(c.low, c.high)}${c.vague ? ` ${c.vague}` : ""}`;
  if (c.qualifier === "range") return range(c.low, c.high);
  if (c.qualifier === "min") return `>=${c.value}`;
  if (c.qualifier === "max") return `<=${c.value}`;
  if (c.qualifier === "approx") return `~${c.value}`;
  return String(c.value ?? "?");
}

function tableWriter(out: Output): ClaimWriter {
  const fit = (s: string, w: number) => {
    const flat = s.replace(/\s+/g, " ");
    return flat.length > w ? flat.slice(0, w - 1) + "…" : flat.padEnd(w);
  };
  const row = (cells: string[]) => COLUMNS.map((col, i) => fit(cells[i] ?? "", col.width)).join(" ") + "  " + cells[COLUMNS.length] + "\n";
  return {
    begin: () => out.write(row([...COLUMNS.map((c) => c.title), "quantity"]) + row([...COLUMNS.map((c) => "-".repeat(c.width)), "--------"])),
    write: (c) => out.write(row([...COLUMNS.map((col) => col.cell(c)), JSON.stringify(c.text.replace(/\s+/g, " "))])),
    end: async () => {},
  };
}
