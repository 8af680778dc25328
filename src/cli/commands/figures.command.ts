// `triangulate figures [paths...]`: figures reconciled across reports: of the given reports (in memory) or the store's.
import { Option, type Command } from "commander";
import type { FigureRecord } from "../../store/store.ts";
import { exitOnBrokenPipe, Output } from "../format/output.ts";
import { addReadOptions, analysePaths, reportingErrors, type ReadFlags } from "../load-docs.ts";
import { addStoreOptions, withStore, type StoreFlags } from "../store-options.ts";

interface FiguresFlags extends ReadFlags, StoreFlags {
  format: "jsonl" | "table";
  category?: string;
}

const PAGE = 500;

export function register(program: Command): void {
  addStoreOptions(addReadOptions(
    program
      .command("figures")
      .description("figures followed across reports (range, latest value, grade, conflicts): of the given reports, or the store's")
      .argument("[paths...]", "files or folders to read and extract now (nothing stored); omit to read the store")
      .addOption(new Option("--format <format>", "output format").choices(["jsonl", "table"]).default("jsonl"))
      .option("--category <category>", "only figures of this category (killed, fled, present...)"),
  )).action(reportingErrors("figures", run));
}

async function run(paths: string[], flags: FiguresFlags): Promise<void> {
  exitOnBrokenPipe();
  const out = new Output();
  const write = flags.format === "table" ? tableWriter(out) : async (f: FigureRecord) => out.write(JSON.stringify(f) + "\n");
  if (paths.length) {
    const { buildFigures } = await import("../../reconcile/figures.ts");
    const { docs, errors, set } = await analysePaths(paths, flags);
    const figures = buildFigures(set.claims, set.reports).filter((f) => !flags.category || f.category === flags.category);
    for (const f of figures) await write(f);
    process.stderr.write(`${docs.length} documents, ${set.claims.length} claims, ${figures.length} figures, ${errors} errors\n`);
  } else {
    await withStore(flags, async (store) => {
      for (let offset = 0; ; offset += PAGE) {
        const { items } = await store.listFigures({ category: flags.category, limit: PAGE, offset });
        for (const f of items) await write(f);
        if (items.length < PAGE) break;
      }
    });
  }
}

const NUMBER = new Intl.NumberFormat("en-GB");
const n = (v: number | null) => (v == null ? "?" : NUMBER.format(v));

/** A terminal view: one line per figure, then its conflicts indented. */
function tableWriter(out: Output): (f: FigureRecord) => Promise<void> {
  let first = true;
  return async (f) => {
    if (first) {
      first = false;
      await out.write(`${"id".padEnd(5)} ${"category".padEnd(11)} ${"subject".padEnd(10)} ${"place".padEnd(20)} ${"low–best–high".padEnd(24)} ${"grade".padEnd(13)} ${"latest".padEnd(20)} n\n`);
    }
    const range = `${n(f.low)}–${n(f.best)}–${n(f.high)}`;
    const latest = f.latest ? `${n(f.latest.value)} (${f.latest.date ?? "undated"})` : "";
    await out.write(`${f.id.padEnd(5)} ${f.category.padEnd(11)} ${f.subject.slice(0, 10).padEnd(10)} ${(f.place?.name ?? "—").slice(0, 20).padEnd(20)} ${range.padEnd(24)} ${f.grade.padEnd(13)} ${latest.padEnd(20)} ${f.members.length}\n`);
    for (const c of f.conflicts) await out.write(`      ! ${c}\n`);
  };
}
