// `triangulate extract <paths...>`: reads reports, runs the pipeline, prints each document's claims as they come.
import { Option, type Command } from "commander";
import { CLAIM_FORMATS, claimWriter, type ClaimFormat } from "../format/claims.writers.ts";
import { exitOnBrokenPipe, Output } from "../format/output.ts";
import { Progress } from "../format/progress.ts";
import { addReadOptions, eachDoc, INPUT_KINDS, readOptions, type ReadFlags } from "../load-docs.ts";

interface ExtractFlags extends ReadFlags {
  format: ClaimFormat;
}

export function register(program: Command): void {
  addReadOptions(
    program
      .command("extract")
      .description("extract claims (figures about people, with source, place and time) from reports")
      .argument("<paths...>", `files (${INPUT_KINDS}) or folders, read recursively; manifest.json metadata applies`)
      .addOption(new Option("--format <format>", "output format").choices(CLAIM_FORMATS).default("jsonl")),
  ).action(run);
}

async function run(paths: string[], flags: ExtractFlags): Promise<void> {
  exitOnBrokenPipe();
  // Loaded here, not at the top: every command is registered at start-up, and the pipeline's lexicons and
  // gazetteer are only needed by the one that runs it.
  const { extract } = await import("../../pipeline/pipeline.ts");
  const progress = new Progress();
  const writer = claimWriter(flags.format, new Output());
  await writer.begin();
  for await (const doc of eachDoc(paths, readOptions(flags), progress)) {
    let claims;
    try {
      claims = extract(doc).claims;
    } catch (e) {
      // One document the pipeline cannot handle must not cost the rest of the batch.
      progress.error(`triangulate: ${doc.meta.path ?? doc.id}: extraction failed: ${(e as Error).message}`);
      continue;
    }
    for (const claim of claims) await writer.write(claim);
    progress.document(claims.length);
  }
  await writer.end();
  progress.finish();
  if (progress.tally.errors > 0) process.exitCode = 1;
}
