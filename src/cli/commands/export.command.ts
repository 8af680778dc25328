// `triangulate export`: claims as ACLED-style CSV or JSON Lines, or claims/figures as GeoJSON (docs/export.md).
import { Option, type Command } from "commander";
import { createWriteStream, openSync } from "node:fs";
import { finished } from "node:stream/promises";
import type { Claim } from "../../doc/document.ts";
import type { ReportInfo } from "../../reconcile/report-info.ts";
import type { FigureRecord } from "../../store/store.ts";
import { claimRecord } from "../format/claim-record.ts";
import { exitOnBrokenPipe, Output } from "../format/output.ts";
import { addReadOptions, analysePaths, reportingErrors, type ReadFlags } from "../load-docs.ts";
import { addStoreOptions, withStore, type StoreFlags } from "../store-options.ts";

interface ExportFlags extends ReadFlags, StoreFlags {
  format: "csv" | "geojson" | "jsonl";
  of: "claims" | "figures";
  out?: string;
  category?: string;
}

const PAGE = 1000;

export function register(program: Command): void {
  addStoreOptions(addReadOptions(
    program
      .command("export")
      .description("export the store's claims (CSV with ACLED-style columns, JSON Lines, GeoJSON) or figures (GeoJSON, JSON Lines)")
      .argument("[paths...]", "files or folders to read and extract now instead of the store")
      .addOption(new Option("--format <format>", "output format").choices(["csv", "geojson", "jsonl"]).default("csv"))
      .addOption(new Option("--of <what>", "what to export").choices(["claims", "figures"]).default("claims"))
      .option("--category <category>", "only this category (killed, fled, present...)")
      .option("--out <file>", "write to this file instead of standard output"),
  )).action(reportingErrors("export", run));
}

/** Claims a page at a time with the reports they cite; each page's reports are fetched once (texts for `notes`). */
type ClaimPages = AsyncIterable<{ claims: Claim[]; reports: ReportInfo[] }>;

async function run(paths: string[], flags: ExportFlags): Promise<void> {
  if (flags.of === "figures" && flags.format === "csv") throw new Error("figures export as --format geojson or jsonl; csv is for claims");
  const [{ claimsCsvLines }, { claimsToGeoJson, figuresToGeoJson }] = await Promise.all([import("../../export/claims-csv.ts"), import("../../export/geojson.ts")]);
  // Opened now, so a path that cannot be written fails before any work, with its own message.
  const stream = flags.out ? createWriteStream("", { fd: openSync(flags.out, "w") }) : process.stdout;
  if (!flags.out) exitOnBrokenPipe();
  const out = new Output(stream);
  const keep = (category: string) => !flags.category || category === flags.category;

  const write = async (pages: ClaimPages, figures: () => Promise<FigureRecord[]>) => {
    if (flags.of === "figures") {
      const all = (await figures()).filter((f) => keep(f.category));
      if (flags.format === "geojson") await out.write(JSON.stringify(figuresToGeoJson(all)) + "\n");
      else for (const f of all) await out.write(JSON.stringify(f) + "\n");
      return;
    }
    if (flags.format === "geojson") {
      // A FeatureCollection is one JSON value: write its features as they come, comma-separated.
      await out.write('{"type":"FeatureCollection","features":[');
      let first = true;
      for await (const page of pages) {
        for (const feature of claimsToGeoJson(page.claims.filter((c) => keep(c.category)), page.reports).features) {
          await out.write((first ? "\n" : ",\n") + JSON.stringify(feature));
          first = false;
        }
      }
      await out.write("\n]}\n");
      return;
    }
    let header = true;
    for await (const page of pages) {
      const claims = page.claims.filter((c) => keep(c.category));
      if (flags.format === "jsonl") {
        for (const c of claims) await out.write(JSON.stringify(claimRecord(c)) + "\n");
        continue;
      }
      const lines = claimsCsvLines(claims, page.reports);
      const head = lines.next();
      if (header && !head.done) await out.write(head.value);
      header = false;
      for (const line of lines) await out.write(line);
    }
    if (header && flags.format === "csv") await out.write(claimsCsvLines([], []).next().value as string);
  };

  if (paths.length) {
    const { buildFigures } = await import("../../reconcile/figures.ts");
    const { set } = await analysePaths(paths, flags);
    async function* one() { yield { claims: set.claims, reports: set.reports }; }
    await write(one(), async () => buildFigures(set.claims, set.reports));
  } else {
    await withStore(flags, async (store) => {
      const infos = new Map((await store.reportInfos()).map((r) => [r.id, r]));
      const texts = new Map<string, string | null>(); // small cache: claims come report by report
      async function* pages(): ClaimPages {
        for (let offset = 0; ; offset += PAGE) {
          const { items } = await store.listClaims({ category: flags.category, limit: PAGE, offset });
          const reports: ReportInfo[] = [];
          for (const doc of new Set(items.map((c) => c.doc))) {
            if (!texts.has(doc)) {
              if (texts.size > 256) texts.clear();
              texts.set(doc, flags.format === "csv" || flags.format === "geojson" ? (await store.getReport(doc))?.text ?? null : null);
            }
            const info = infos.get(doc);
            if (info) reports.push({ ...info, text: texts.get(doc) ?? null });
          }
          yield { claims: items, reports };
          if (items.length < PAGE) break;
        }
      }
      await write(pages(), async () => (await store.listFigures({ limit: 1_000_000 })).items);
    });
  }
  if (flags.out) {
    stream.end();
    await finished(stream);
  }
}
