// Extraction throughput and memory: builds a JSONL corpus of 5 and 10 MB in bench/.data/, then measures a floor
// (read + parse + split into words) and the full pipeline on the same text, each in a fresh process so that
// peak RSS belongs to that run alone. Each process reads its corpus more than once: the first pass is "cold" (it
// pays for loading lexicons and the gazetteer and for the JIT compiling code and patterns), later passes are
// "warm", the steady rate of a long batch or a worker that has been running. Both are printed; nothing is hidden.
// The floor's passes are short and noisy, so its warm time is the median of several. Prints figures; asserts nothing.
//   npm run bench                 (sizes in MB: BENCH_SIZES=5,10)
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { once } from "node:events";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readSources } from "../src/ingest/read/index.ts";
import { defaultStages } from "../src/pipeline/default-stages.ts";
import { extract } from "../src/pipeline/pipeline.ts";
import type { Stage } from "../src/pipeline/stage.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const dataDir = join(root, "bench/.data");

interface RunResult {
  mode: "floor" | "extract";
  docs: number;
  words: number;
  claims: number;
  /** The first pass, JIT and data loading included. */
  coldSeconds: number;
  /** A later pass over the same documents (the median when there are several). */
  seconds: number;
  maxRssMb: number;
  /** Live heap after a full collection at the end: what the run keeps, where peak RSS also counts garbage not yet collected. */
  liveHeapMb: number;
  /** Seconds spent in each stage in the warm pass (extract runs only). */
  stages: Record<string, number>;
}

/** Passes per process: the first is cold; the floor's warm time is the median of the rest. */
const PASSES = { floor: 7, extract: 2 } as const;

const mode = process.argv[2];
if (mode === "--run") {
  const result = await measure(process.argv[3] as RunResult["mode"], process.argv[4]!);
  process.stdout.write(JSON.stringify(result) + "\n");
} else {
  await main();
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? "5,10").split(",").map(Number).filter((n) => n > 0);
  mkdirSync(dataDir, { recursive: true });
  const sources = await sourceTexts();
  console.log(`source texts: ${sources.length} documents (examples${existsSync(resolve(root, "../shared/corpus")) ? " + ../shared corpora" : ""})`);
  const rows: [number, RunResult, RunResult][] = [];
  for (const mb of sizes) {
    const file = await buildCorpus(sources, mb);
    const floor = child("floor", file);
    const full = child("extract", file);
    rows.push([mb, floor, full]);
  }
  console.log("\nsize    pass      docs   words     cold s  warm s  warm words/s/core  docs/s   claims  peak RSS  live heap");
  for (const [mb, floor, full] of rows) {
    for (const r of [floor, full]) {
      console.log(
        `${`${mb} MB`.padEnd(7)} ${r.mode.padEnd(8)} ${String(r.docs).padStart(5)} ${String(r.words).padStart(9)} ${r.coldSeconds.toFixed(2).padStart(8)} ${r.seconds.toFixed(2).padStart(7)} ${Math.round(r.words / r.seconds).toLocaleString("en-US").padStart(18)} ${Math.round(r.docs / r.seconds).toLocaleString("en-US").padStart(7)} ${String(r.claims).padStart(8)} ${`${r.maxRssMb.toFixed(0)} MB`.padStart(9)} ${`${r.liveHeapMb.toFixed(0)} MB`.padStart(10)}`,
      );
    }
    console.log(`${"".padEnd(7)} extract/floor time ratio: warm ${(full.seconds / floor.seconds).toFixed(1)}x, cold ${(full.coldSeconds / floor.coldSeconds).toFixed(1)}x`);
    const total = Object.values(full.stages).reduce((a, b) => a + b, 0) || 1;
    console.log(`${"".padEnd(7)} warm stages: ${Object.entries(full.stages).map(([name, t]) => `${name} ${t.toFixed(2)}s (${Math.round((100 * t) / total)}%)`).join(", ")}`);
  }
  if (rows.length > 1) {
    const [first, last] = [rows[0]!, rows[rows.length - 1]!];
    console.log(`\nextract peak RSS: ${first[2].maxRssMb.toFixed(0)} MB at ${first[0]} MB of text, ${last[2].maxRssMb.toFixed(0)} MB at ${last[0]} MB (x${(last[2].maxRssMb / first[2].maxRssMb).toFixed(2)} for x${(last[0] / first[0]).toFixed(1)} the text)`);
    console.log(`extract live heap at the end: ${first[2].liveHeapMb.toFixed(0)} MB at ${first[0]} MB of text, ${last[2].liveHeapMb.toFixed(0)} MB at ${last[0]} MB (bounded caches, nothing kept per report)`);
  }
  console.log("(one process per run, single-threaded: words/s is per core)");
}

/** One pass in a fresh process, so its peak RSS is its own. */
function child(runMode: RunResult["mode"], file: string): RunResult {
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--run", runMode, file], { cwd: root, encoding: "utf8", maxBuffer: 16 << 20 });
  if (r.status !== 0) throw new Error(`bench ${runMode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as RunResult;
}

async function measure(runMode: RunResult["mode"], file: string): Promise<RunResult> {
  let docs = 0;
  let words = 0;
  let claims = 0;
  let stageSeconds: Record<string, number> = {};
  const passSeconds: number[] = [];
  for (let pass = 0; pass < PASSES[runMode]; pass++) {
    stageSeconds = {};
    const stages = runMode === "extract" ? timed(defaultStages(), stageSeconds) : [];
    docs = words = claims = 0;
    const started = process.hrtime.bigint();
    for await (const r of readSources([file])) {
      if (!r.ok) continue;
      docs++;
      words += countWords(r.doc.text);
      if (runMode === "extract") claims += extract(r.doc, stages).claims.length;
    }
    passSeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  (globalThis as { gc?: () => void }).gc?.();
  const warm = passSeconds.slice(1).sort((a, b) => a - b);
  // maxRSS is in kilobytes.
  return { mode: runMode, docs, words, claims, coldSeconds: passSeconds[0]!, seconds: warm[Math.floor(warm.length / 2)]!, maxRssMb: process.resourceUsage().maxRSS / 1024, liveHeapMb: process.memoryUsage().heapUsed / 2 ** 20, stages: stageSeconds };
}

/** The same stages, each adding the time it runs to `seconds[name]`. */
function timed(stages: Stage[], seconds: Record<string, number>): Stage[] {
  return stages.map((stage) => ({
    ...stage,
    run(doc) {
      const t = process.hrtime.bigint();
      const out = stage.run(doc);
      seconds[stage.name] = (seconds[stage.name] ?? 0) + Number(process.hrtime.bigint() - t) / 1e9;
      return out;
    },
  }));
}

function countWords(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w) n++;
  return n;
}

/** Texts to repeat: our examples, and the shared corpora when they are beside the repository (read, never copied into git). */
async function sourceTexts(): Promise<string[]> {
  const paths = [join(root, "examples")];
  for (const p of ["../shared/corpus/baghouz-2019", "../shared/corpus/gvdb-dev/articles.jsonl", "../shared/corpus/ucdp-dev/articles.jsonl"]) {
    if (existsSync(resolve(root, p))) paths.push(resolve(root, p));
  }
  const texts: string[] = [];
  for await (const r of readSources(paths)) if (r.ok) texts.push(r.doc.text);
  return texts;
}

/** Writes a JSONL corpus of about `mb` megabytes; copies vary their numbers so no two documents are identical. */
async function buildCorpus(texts: string[], mb: number): Promise<string> {
  const file = join(dataDir, `corpus-${mb}mb.jsonl`);
  const target = mb * 1024 * 1024;
  if (existsSync(file) && Math.abs(statSync(file).size - target) < 256 * 1024) return file;
  const out = createWriteStream(file);
  let bytes = 0;
  for (let copy = 0; bytes < target; copy++) {
    for (let i = 0; i < texts.length && bytes < target; i++) {
      const text = copy === 0 ? texts[i]! : texts[i]!.replace(/\d+/g, (d) => String(Number(d) + (copy % 9)));
      const line = JSON.stringify({ id: `bench-${copy}-${i}`, published: "2024-01-15", text }) + "\n";
      bytes += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, "drain");
    }
  }
  out.end();
  await once(out, "finish");
  return file;
}
