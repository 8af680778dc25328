// `triangulate brief [paths...]`: a sourced brief of the key figures, as Markdown or self-contained HTML.
import { InvalidArgumentError, Option, type Command } from "commander";
import { writeFile } from "node:fs/promises";
import type { Claim } from "../../doc/document.ts";
import type { ReportInfo } from "../../reconcile/report-info.ts";
import type { FigureRecord } from "../../store/store.ts";
import { exitOnBrokenPipe, Output } from "../format/output.ts";
import { addReadOptions, analysePaths, reportingErrors, type ReadFlags } from "../load-docs.ts";
import { addStoreOptions, withStore, type StoreFlags } from "../store-options.ts";

interface BriefFlags extends ReadFlags, StoreFlags {
  format: "md" | "html";
  top: number;
  title?: string;
  out?: string;
}

export function register(program: Command): void {
  addStoreOptions(addReadOptions(
    program
      .command("brief")
      .description("a sourced brief: the key figures with ranges, latest values, quoted sources, conflicts and a timeline")
      .argument("[paths...]", "files or folders to read and extract now (nothing stored); omit to read the store")
      .addOption(new Option("--format <format>", "output format").choices(["md", "html"]).default("md"))
      .option("--top <n>", "how many figures to include", (v) => {
        const k = Number(v);
        if (!Number.isInteger(k) || k < 1) throw new InvalidArgumentError("expected a positive whole number");
        return k;
      }, 12)
      .option("--title <title>", "the brief's title")
      .option("--out <file>", "write to this file instead of standard output"),
  )).action(reportingErrors("brief", run));
}

async function run(paths: string[], flags: BriefFlags): Promise<void> {
  exitOnBrokenPipe();
  const [{ buildBrief, chooseFigures }, { briefToHtml }, { briefToMarkdown }] = await Promise.all([import("../../brief/brief.ts"), import("../../brief/brief-html.ts"), import("../../brief/brief-markdown.ts")]);
  let figures: FigureRecord[], claims: Claim[], reports: ReportInfo[];
  if (paths.length) {
    const { buildFigures } = await import("../../reconcile/figures.ts");
    const { set } = await analysePaths(paths, flags);
    ({ claims, reports } = set);
    figures = buildFigures(claims, reports);
  } else {
    ({ figures, claims, reports } = await withStore(flags, async (store) => {
      const figures = (await store.listFigures({ limit: 1_000_000 })).items;
      // Only the reports the brief cites are read in full (for their sentences).
      const cited = new Set(chooseFigures(figures, flags.top).flatMap((f) => f.members.map((m) => m.doc)));
      const infos = await store.reportInfos();
      const reports: ReportInfo[] = [];
      const claims: Claim[] = [];
      for (const info of infos) {
        if (!cited.has(info.id)) { reports.push(info); continue; }
        const full = await store.getReport(info.id);
        reports.push({ ...info, text: full?.text ?? null });
        claims.push(...(full?.claims ?? []));
      }
      return { figures, claims, reports };
    }));
  }
  const brief = buildBrief(figures, claims, reports, { top: flags.top, title: flags.title });
  const rendered = flags.format === "html" ? briefToHtml(brief) : briefToMarkdown(brief);
  if (flags.out) await writeFile(flags.out, rendered);
  else await new Output().write(rendered);
}
