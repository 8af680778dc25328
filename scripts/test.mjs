#!/usr/bin/env node
// Runs every *.test.ts(x) under src/, test/ and web/ with node's test runner and tsx; exits with its status.
//   npm test                      all tests
//   npm test -- src/ingest store  only files whose path contains one of the words
// TEST_CONCURRENCY sets how many test files run at once (default: up to 2; each file is its own process,
// and the PostgreSQL test support starts one server per process, so files do not share state).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const ROOTS = ["src", "test", "web"];
const SKIP = new Set(["node_modules", "dist", ".data", ".git"]);

function find(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith(".") || SKIP.has(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) find(path, out);
    else if (/\.test\.tsx?$/.test(e.name)) out.push(relative(root, path).split(sep).join("/"));
  }
  return out;
}

const filters = process.argv.slice(2);
const files = ROOTS.flatMap((r) => find(join(root, r), [])).filter((f) => !filters.length || filters.some((w) => f.includes(w)));
if (!files.length) {
  console.error(`scripts/test.mjs: no test files found${filters.length ? ` matching ${filters.join(", ")}` : ""}`);
  process.exit(1);
}

// The gazetteer's index is built once and cached on disk: build it here, before test files run side by side, so no
// two of them build it at once (each build holds a few hundred MB, which memory-bound tests would count).
const warm = spawnSync(process.execPath, ["--import", "tsx", "-e", "const { geocode } = await import('./src/resolve/geo/geocode.ts'); geocode('Baghouz');"], { cwd: root, stdio: "inherit" });
if (warm.status !== 0) console.error("scripts/test.mjs: could not build the gazetteer index first; the tests will build it");

const concurrency = Number(process.env.TEST_CONCURRENCY) || Math.min(2, availableParallelism());
console.error(`scripts/test.mjs: ${files.length} test files, concurrency ${concurrency}`);
const run = spawnSync(process.execPath, ["--import", "tsx", "--test", `--test-concurrency=${concurrency}`, ...files], {
  cwd: root,
  stdio: "inherit",
});
if (run.error) throw run.error;
process.exit(run.status ?? 1);
