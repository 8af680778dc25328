// Our sources run through tsx, whose esbuild (target: the running Node) rewrites a regex literal it thinks Node may not
// parse into `new RegExp(…)`, which then runs again every time the line does. It does so for a bare `\p{…}` in a u-flag
// pattern (not for one inside brackets), so we write `[\p{Lu}]`, the same pattern, and this test keeps it that way.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// The esbuild tsx itself loads, whatever else the tree holds.
const esbuild = createRequire(createRequire(import.meta.url).resolve("tsx"))("esbuild") as typeof import("esbuild");
const SRC = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const constructed = (code: string) => code.split("new RegExp(").length - 1;

test("no regex literal in src/ is turned into a `new RegExp` call by the loader", () => {
  const lowered: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = readFileSync(file, "utf8");
    const { code } = esbuild.transformSync(source, { loader: file.endsWith("x") ? "tsx" : "ts", target: `node${process.versions.node}`, format: "esm" });
    const extra = constructed(code) - constructed(source);
    if (extra > 0) lowered.push(`${file.slice(SRC.length)}: ${extra}`);
  }
  assert.deepEqual(lowered, [], "write a bare \\p{…} in a u-flag literal as [\\p{…}]");
});

test("the check sees a lowered literal when there is one", () => {
  const { code } = esbuild.transformSync("export const f = (s: string) => /\\p{Lu}/u.test(s);", { loader: "ts", target: `node${process.versions.node}` });
  assert.equal(constructed(code), 1);
});
