// `triangulate claims [paths...]`: claims of the given reports (extracted in memory) or, without paths, from the store.
import { Option, type Command } from "commander";
import { PEOPLE_CATEGORIES, type Claim } from "../../doc/document.ts";
import { claimWriter, type ClaimWriter } from "../format/claims.writers.ts";
import { exitOnBrokenPipe, Output } from "../format/output.ts";
import { Progress } from "../format/progress.ts";
import { addReadOptions, eachDoc, readOptions, type ReadFlags } from "../load-docs.ts";
import { addStoreOptions, withStore, type StoreFlags } from "../store-options.ts";

interface ClaimsFlags extends ReadFlags, StoreFlags {
  format: "jsonl" | "table";
  category?: string;
}

/** Claims are read from the store a page at a time, so a large store streams. */
const PAGE = 1000;

export function register(program: Command): void {
  addStoreOptions(addReadOptions(
    program
      .command("claims")
      .description("list claims: of the given reports (extracted now, nothing stored) or, without paths, from the store")
      .argument("[paths...]", "files or folders to extract from; omit to read the store")
      .addOption(new Option("--format <format>", "output format").choices(["jsonl", "table"]).default("jsonl"))
      .addOption(new Option("--category <category>", "only claims of this category").choices([...PEOPLE_CATEGORIES, "other"])),
  )).action(run);
}

async function run(paths: string[], flags: ClaimsFlags): Promise<void> {
  exitOnBrokenPipe();
  const writer = claimWriter(flags.format, new Output());
  await writer.begin();
  if (paths.length) await fromReports(paths, flags, writer);
  else await fromStore(flags, writer);
  await writer.end();
}

async function fromReports(paths: string[], flags: ClaimsFlags, writer: ClaimWriter): Promise<void> {
  const { extract } = await import("../../pipeline/pipeline.ts");
  const progress = new Progress();
  for await (const doc of eachDoc(paths, readOptions(flags), progress)) {
    let claims: Claim[];
    try {
      claims = extract(doc).claims;
    } catch (e) {
      progress.error(`triangulate: ${doc.meta.path ?? doc.id}: extraction failed: ${(e as Error).message}`);
      continue;
    }
    const shown = flags.category ? claims.filter((c) => c.category === flags.category) : claims;
    for (const claim of shown) await writer.write(claim);
    progress.document(shown.length);
  }
  progress.finish();
  if (progress.tally.errors > 0) process.exitCode = 1;
}

async function fromStore(flags: ClaimsFlags, writer: ClaimWriter): Promise<void> {
  await withStore(flags, async (store) => {
    for (let offset = 0; ; offset += PAGE) {
      const { items } = await store.listClaims({ category: flags.category, limit: PAGE, offset });
      for (const claim of items) await writer.write(claim);
      if (items.length < PAGE) break;
    }
  });
}
