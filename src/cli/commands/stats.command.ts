// `triangulate stats`: how much the store holds (documents, claims, entities, figures, pending jobs).
import { Option, type Command } from "commander";
import { addStoreOptions, withStore, type StoreFlags } from "../store-options.ts";

interface StatsFlags extends StoreFlags {
  format: "json" | "table";
}

export function register(program: Command): void {
  addStoreOptions(
    program
      .command("stats")
      .description("count what the store holds: documents, claims, entities, figures and pending jobs")
      .addOption(new Option("--format <format>", "output format").choices(["json", "table"]).default("json")),
  ).action(run);
}

async function run(flags: StatsFlags): Promise<void> {
  const stats = await withStore(flags, (store) => store.stats());
  if (flags.format === "json") process.stdout.write(JSON.stringify(stats) + "\n");
  else for (const [key, value] of Object.entries(stats)) process.stdout.write(`${key.padEnd(10)} ${value}\n`);
}
