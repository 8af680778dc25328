// `triangulate entities [paths...]`: people, organisations and places resolved across reports, or from the store.
import { Option, type Command } from "commander";
import type { DocEntities, ResolvedEntity } from "../../resolve/entities.resolve.ts";
import { exitOnBrokenPipe, Output } from "../format/output.ts";
import { Progress } from "../format/progress.ts";
import { addReadOptions, eachDoc, readOptions, type ReadFlags } from "../load-docs.ts";
import { addStoreOptions, withStore, type StoreFlags } from "../store-options.ts";

interface EntitiesFlags extends ReadFlags, StoreFlags {
  format: "jsonl" | "table";
  type?: "person" | "org" | "place";
}

const PAGE = 1000;

export function register(program: Command): void {
  addStoreOptions(addReadOptions(
    program
      .command("entities")
      .description("list people, organisations and places resolved across reports: of the given reports (extracted now) or, without paths, from the store")
      .argument("[paths...]", "files or folders to read; omit to read the store")
      .addOption(new Option("--format <format>", "output format").choices(["jsonl", "table"]).default("jsonl"))
      .addOption(new Option("--type <type>", "only entities of this type").choices(["person", "org", "place"])),
  )).action(run);
}

async function run(paths: string[], flags: EntitiesFlags): Promise<void> {
  exitOnBrokenPipe();
  const entities = paths.length ? await fromReports(paths, flags) : await fromStore(flags);
  const shown = flags.type ? entities.filter((e) => e.type === flags.type) : entities;
  const out = new Output();
  if (flags.format === "table") await out.write(table(shown));
  else for (const e of shown) await out.write(`${JSON.stringify(e)}\n`);
}

async function fromReports(paths: string[], flags: EntitiesFlags): Promise<ResolvedEntity[]> {
  const [{ findEntities }, { resolveEntities }] = await Promise.all([import("../../pipeline/stages/entities/entities.stage.ts"), import("../../resolve/entities.resolve.ts")]);
  const progress = new Progress();
  const docs: DocEntities[] = [];
  let mentions = 0;
  for await (const doc of eachDoc(paths, readOptions(flags), progress)) {
    try {
      // The entity stage needs no other layer, so the rest of the pipeline is not run here.
      const entities = findEntities(doc.text);
      docs.push({ id: doc.id, entities });
      mentions += entities.length;
      progress.document(0);
    } catch (e) {
      progress.error(`triangulate: ${doc.meta.path ?? doc.id}: entity extraction failed: ${(e as Error).message}`);
    }
  }
  const resolved = resolveEntities(docs);
  progress.message(`${docs.length} document${docs.length === 1 ? "" : "s"}, ${mentions} mentions, ${resolved.length} entities, ${progress.tally.errors} errors`);
  if (progress.tally.errors > 0) process.exitCode = 1;
  return resolved;
}

async function fromStore(flags: EntitiesFlags): Promise<ResolvedEntity[]> {
  return withStore(flags, async (store) => {
    const all: ResolvedEntity[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const { items } = await store.listEntities({ type: flags.type, limit: PAGE, offset });
      all.push(...items);
      if (items.length < PAGE) break;
    }
    return all;
  });
}

/** A plain-text table: type, name, mention count, coordinates, aliases. */
export function table(entities: ResolvedEntity[]): string {
  const rows = entities.map((e) => [
    e.type,
    e.name,
    String(e.mentions.length),
    e.lat != null && e.lon != null ? `${e.lat.toFixed(2)},${e.lon.toFixed(2)}` : e.org ?? "",
    e.aliases.filter((a) => a !== e.name).join("; "),
  ]);
  const header = ["TYPE", "NAME", "MENTIONS", "WHERE/ORG", "ALIASES"];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}
