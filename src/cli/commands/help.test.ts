// Help texts: the inputs README documents, and one default per option in the unit the option is given in.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Command } from "commander";
import * as extractCommand from "./extract.command.ts";
import * as ingestCommand from "./ingest.command.ts";

const helpOf = (register: (program: Command) => void, name: string) => {
  const program = new Command("triangulate");
  register(program);
  const command = program.commands.find((c) => c.name() === name)!;
  return command.helpInformation().replace(/\s+/g, " ");
};

test("ingest and extract --help list feeds and .json among the inputs", () => {
  for (const [register, name] of [[ingestCommand.register, "ingest"], [extractCommand.register, "extract"]] as const) {
    const help = helpOf(register, name);
    for (const ext of [".txt", ".md", ".html", ".jsonl", ".rss", ".atom", ".xml", ".json "]) assert.ok(help.includes(ext), `${name} --help names ${ext}: ${help}`);
  }
});

test("ingest --help shows one default per option, in the option's unit", () => {
  const help = helpOf(ingestCommand.register, "ingest");
  assert.match(help, /--timeout <seconds> .*?\(default: 15\)/);
  assert.match(help, /--max-fetch-size <MB> .*?\(default: 10\)/);
  assert.match(help, /--threads <n> .*?\(default: one per core: \d+\)/);
  assert.doesNotMatch(help, /15000|10485760/);
  for (const option of ["--timeout", "--max-fetch-size", "--threads"]) {
    const line = help.slice(help.indexOf(option), help.indexOf(" --", help.indexOf(option) + 2));
    assert.equal(line.match(/default/g)?.length, 1, line);
  }
});

test("ingest still parses --timeout in seconds and --max-fetch-size in MB into milliseconds and bytes", async () => {
  const program = new Command("triangulate").exitOverride();
  ingestCommand.register(program);
  const ingest = program.commands.find((c) => c.name() === "ingest")!;
  ingest.action(() => {});
  await program.parseAsync(["node", "triangulate", "ingest", "x", "--timeout", "2", "--max-fetch-size", "3"]);
  assert.equal(ingest.opts().timeout, 2000);
  assert.equal(ingest.opts().maxFetchSize, 3 * 1024 * 1024);
});
