// The triangulate command line: builds the program from one file per command and runs it.
import { Command } from "commander";
import { readFileSync } from "node:fs";
import * as extractCommand from "./commands/extract.command.ts";
import * as ingestCommand from "./commands/ingest.command.ts";
import * as claimsCommand from "./commands/claims.command.ts";
import * as statsCommand from "./commands/stats.command.ts";
import * as serveCommand from "./commands/serve.command.ts";
import * as entitiesCommand from "./commands/entities.command.ts";
import * as figuresCommand from "./commands/figures.command.ts";
import * as briefCommand from "./commands/brief.command.ts";
import * as exportCommand from "./commands/export.command.ts";
import * as workerCommand from "./commands/worker.command.ts";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string; description: string };

// One line per command, in the order `--help` lists them; a new command adds its line here.
const COMMANDS: { register(program: Command): void }[] = [
  extractCommand,
  ingestCommand,
  entitiesCommand,
  figuresCommand,
  briefCommand,
  exportCommand,
  claimsCommand,
  statsCommand,
  serveCommand,
  workerCommand,
];

export function buildProgram(): Command {
  const program = new Command("triangulate").description(pkg.description).version(pkg.version).showHelpAfterError();
  for (const command of COMMANDS) command.register(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
